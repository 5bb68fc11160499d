package org.policycommons.rubric;

/** How far the district is on a SECURe action step, in its own judgement. */
public enum Rating {
    NOT_STARTED,
    EMERGING,
    DEVELOPING,
    MEETING;

    public String translationKey() {
        return "rubric.rating." + name().toLowerCase().replace('_', '-');
    }
}
