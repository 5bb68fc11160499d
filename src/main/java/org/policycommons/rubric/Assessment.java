package org.policycommons.rubric;

import java.util.List;

/** A cycle's self-assessment: one entry per action step, in order. */
public record Assessment(long cycleId, List<StepAssessment> steps) {

    public record StepAssessment(ActionStep step, Rating rating, String evidence, List<Item> items) {
    }

    public record Item(long id, Checklist checklist, String text, boolean done) {
    }

    /** One cycle's ratings, for the trend across cycles. */
    public record TrendRow(long cycleId, String cycleTitle, String schoolYear, java.util.Map<ActionStep, Rating> ratings) {
    }
}
