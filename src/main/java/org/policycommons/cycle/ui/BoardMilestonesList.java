package org.policycommons.cycle.ui;

import java.time.LocalDate;
import java.util.Optional;

import org.policycommons.cycle.BoardMilestones;

import com.vaadin.flow.component.html.DescriptionList;

/** The board's readings and vote, the date the policy takes effect and when the next review is due. */
final class BoardMilestonesList {

    private BoardMilestonesList() {
    }

    static Optional<DescriptionList> of(BoardMilestones m, CycleTexts texts) {
        DescriptionList list = new DescriptionList();
        list.setId("board-milestones");
        add(list, texts, "cycle.milestone.first-reading", m.firstReadingOn(), m.firstReadingOutcome());
        add(list, texts, "cycle.milestone.second-reading", m.secondReadingOn(), m.secondReadingOutcome());
        add(list, texts, "cycle.milestone.adoption-vote", m.adoptionVoteOn(), m.adoptionVoteOutcome());
        add(list, texts, "cycle.milestone.takes-effect", m.takesEffectOn(), null);
        add(list, texts, "cycle.milestone.next-review", m.nextReviewDueOn(), null);
        return list.getChildren().findAny().isPresent() ? Optional.of(list) : Optional.empty();
    }

    private static void add(DescriptionList list, CycleTexts texts, String key, LocalDate date, String outcome) {
        if (date == null) {
            return;
        }
        String value = outcome == null || outcome.isBlank() ? texts.date(date) : texts.date(date) + " — " + outcome;
        list.add(new DescriptionList.Term(texts.t(key)), new DescriptionList.Description(value));
    }
}
