package org.policycommons.rubric;

/** The two checklists of each rubric: for a new partnership, and for an existing one. */
public enum Checklist {
    TO_START,
    TO_IMPROVE;

    public String translationKey() {
        return "rubric.checklist." + name().toLowerCase().replace('_', '-');
    }
}
