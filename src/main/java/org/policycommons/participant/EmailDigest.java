package org.policycommons.participant;

/** How a person wants their notices by email: each as it comes, or gathered in one email a day or a week. */
public enum EmailDigest {
    EACH,
    DAILY,
    WEEKLY;

    /** Translation key of the choice, e.g. {@code notice.digest.daily}. */
    public String translationKey() {
        return "notice.digest." + name().toLowerCase();
    }
}
