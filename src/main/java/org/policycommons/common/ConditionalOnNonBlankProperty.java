package org.policycommons.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/** Matches when the named property holds a non-blank value: the operator configured a server of their own. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(PropertyPresenceCondition.NonBlank.class)
public @interface ConditionalOnNonBlankProperty {
    String value();
}
