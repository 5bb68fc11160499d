package org.policycommons.comment;

/** What the district did with what a comment asked. */
public enum Disposition {
    ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED, OUT_OF_SCOPE;

    public String translationKey() {
        return "response.disposition." + name().toLowerCase().replace('_', '-');
    }
}
