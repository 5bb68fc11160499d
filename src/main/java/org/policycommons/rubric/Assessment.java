package org.policycommons.rubric;

import java.util.List;

/** A cycle's self-assessment on one rubric: one entry per action step, in order. */
public record Assessment(long cycleId, Rubric rubric, List<StepAssessment> steps) {

    public record StepAssessment(ActionStep step, Rating rating, String evidence, List<Item> items) {

        /** How many items of a checklist are done, and how many it has. */
        public long done(Checklist checklist) {
            return items.stream().filter(i -> i.checklist() == checklist && i.done()).count();
        }

        public long count(Checklist checklist) {
            return items.stream().filter(i -> i.checklist() == checklist).count();
        }
    }

    public record Item(long id, Checklist checklist, String text, boolean done) {
    }

    /** One cycle's ratings on one rubric, for the rubric's trend across cycles. */
    public record TrendRow(long cycleId, String cycleTitle, String schoolYear, java.util.Map<ActionStep, Rating> ratings) {
    }
}
