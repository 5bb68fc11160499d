package org.policycommons.limit;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limits of each action per minute and per day, set per deployment ({@code portal.limits.comment.per-minute},
 * {@code PORTAL_LIMITS_COMMENT_PERDAY}, ...). Unset, the defaults hold: far above what a person does by hand.
 */
@ConfigurationProperties("portal.limits")
public record LimitProperties(Limit comment, Limit edit, Limit flag, Limit cosign, Limit invitation, Limit signUp) {

    /** At most {@code perMinute} in one clock minute and {@code perDay} in one UTC day; 0 switches a window off. */
    public record Limit(int perMinute, int perDay) {
    }

    static final Map<LimitedAction, Limit> DEFAULTS = new EnumMap<>(Map.of(
            LimitedAction.COMMENT, new Limit(10, 100),
            LimitedAction.EDIT, new Limit(10, 100),
            LimitedAction.FLAG, new Limit(10, 50),
            LimitedAction.COSIGN, new Limit(10, 100),
            LimitedAction.INVITATION, new Limit(20, 500),
            LimitedAction.SIGN_UP, new Limit(30, 1000)));

    public Limit of(LimitedAction action) {
        Limit configured = switch (action) {
            case COMMENT -> comment;
            case EDIT -> edit;
            case FLAG -> flag;
            case COSIGN -> cosign;
            case INVITATION -> invitation;
            case SIGN_UP -> signUp;
        };
        return configured != null ? configured : DEFAULTS.get(action);
    }
}
