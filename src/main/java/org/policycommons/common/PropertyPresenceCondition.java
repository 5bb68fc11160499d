package org.policycommons.common;

import java.util.Map;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Whether a property has a non-blank value; backs {@link ConditionalOnBlankProperty} and its opposite. */
abstract class PropertyPresenceCondition implements Condition {

    private final Class<?> annotation;
    private final boolean wantsValue;

    PropertyPresenceCondition(Class<?> annotation, boolean wantsValue) {
        this.annotation = annotation;
        this.wantsValue = wantsValue;
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(annotation.getName());
        String property = (String) attributes.get("value");
        boolean hasValue = StringUtils.hasText(context.getEnvironment().getProperty(property));
        return hasValue == wantsValue;
    }

    static final class Blank extends PropertyPresenceCondition {
        Blank() {
            super(ConditionalOnBlankProperty.class, false);
        }
    }

    static final class NonBlank extends PropertyPresenceCondition {
        NonBlank() {
            super(ConditionalOnNonBlankProperty.class, true);
        }
    }
}
