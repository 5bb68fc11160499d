package org.policycommons.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when the named property is unset or blank: the portal then falls back to an embedded default.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(PropertyPresenceCondition.Blank.class)
public @interface ConditionalOnBlankProperty {
    String value();
}
