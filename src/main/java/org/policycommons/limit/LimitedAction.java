package org.policycommons.limit;

/** What the portal limits, per person (or, for sign-ups, per district), so that one account cannot flood it. */
public enum LimitedAction {
    /** A comment or a reply. */
    COMMENT,
    /** A change to one's own comment. */
    EDIT,
    FLAG,
    COSIGN,
    /** A district admin's invitation of a person. */
    INVITATION,
    /** A new self-registered account taking part, counted for the whole district. */
    SIGN_UP;

    /** The name used in settings ({@code portal.limits.comment.per-minute}) and translations. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
