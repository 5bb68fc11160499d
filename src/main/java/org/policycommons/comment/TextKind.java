package org.policycommons.comment;

/** Whether staff entered input received outside the portal as it was written or said, or summarised it. */
public enum TextKind {
    AS_WRITTEN, SUMMARY;

    public String translationKey() {
        return "comment.text-kind." + name().toLowerCase().replace('_', '-');
    }
}
