package org.policycommons.cycle;

import java.time.LocalDate;

/**
 * The board's readings and adoption vote (date and outcome), when the adopted policy takes effect, and when the
 * next review is due (by default a year after the adoption vote).
 */
public record BoardMilestones(LocalDate firstReadingOn, String firstReadingOutcome,
                              LocalDate secondReadingOn, String secondReadingOutcome,
                              LocalDate adoptionVoteOn, String adoptionVoteOutcome,
                              LocalDate takesEffectOn, LocalDate nextReviewDueOn) {

    public static final BoardMilestones NONE = new BoardMilestones(null, null, null, null, null, null, null, null);
}
