package org.policycommons.cycle;

/** The phases of a review cycle, in order. Comment and vote windows may overlap; the others follow one another. */
public enum PhaseKind {
    DRAFTING,
    PUBLIC_COMMENT,
    PRIORITY_VOTE,
    REVISION,
    BOARD_REVIEW,
    ADOPTED;

    /** Translation key of the phase's name, e.g. {@code phase.public-comment}. */
    public String translationKey() {
        return "phase." + name().toLowerCase().replace('_', '-');
    }
}
