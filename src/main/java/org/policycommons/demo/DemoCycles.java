package org.policycommons.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.policycommons.cycle.BoardMilestones;
import org.policycommons.cycle.CycleHistory;
import org.policycommons.cycle.CyclePlan;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseWindow;
import org.policycommons.district.District;
import org.policycommons.text.Translated;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** A past adopted cycle and a current one whose comment and vote windows are open today. */
@Component
@Profile("demo")
class DemoCycles {

    private final CycleService cycles;
    private final CycleHistory history;
    private final Clock clock;

    DemoCycles(CycleService cycles, CycleHistory history, Clock clock) {
        this.cycles = cycles;
        this.history = history;
        this.clock = clock;
    }

    void seedOnce(District district) {
        if (!cycles.history().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(district.timeZone()));
        LocalDate pastStart = today.minusYears(1).minusDays(40);
        LocalDate adoptionVote = pastStart.plusDays(100);
        history.record(plan(yearLabel(today.minusYears(1)), pastStart), spanishTitle(yearLabel(today.minusYears(1))),
                new BoardMilestones(adoptionVote.minusDays(28), "Discussed; amendments requested",
                        adoptionVote.minusDays(14), "Advanced to a vote", adoptionVote, "Adopted 5–2",
                        adoptionVote.plusDays(30), adoptionVote.plusYears(1)),
                adoptionVote.atStartOfDay(district.timeZone()).toInstant());
        // Today falls on the 15th day of the current cycle: drafting is done, public comment and the vote are open.
        history.record(plan(yearLabel(today), today.minusDays(15)), spanishTitle(yearLabel(today)), null, null);
    }

    private static String yearLabel(LocalDate day) {
        int start = day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1;
        return start + "–" + String.valueOf(start + 1).substring(2);
    }

    /** The review's title in Spanish, for a district that offers Spanish. */
    private static Translated spanishTitle(String year) {
        return new Translated(Map.of("es", "Revisión " + year + " de la política de agentes escolares y del acuerdo"));
    }

    private static CyclePlan plan(String year, LocalDate start) {
        return new CyclePlan(year + " SRO policy and MOU review", year,
                "The annual review of the school resource officer policy and the memorandum of understanding with "
                        + "the police department, as state law requires.",
                start, start.plusDays(120), List.of(
                new PhaseWindow(PhaseKind.DRAFTING, start, start.plusDays(9)),
                new PhaseWindow(PhaseKind.PUBLIC_COMMENT, start.plusDays(10), start.plusDays(40)),
                new PhaseWindow(PhaseKind.PRIORITY_VOTE, start.plusDays(12), start.plusDays(45)),
                new PhaseWindow(PhaseKind.REVISION, start.plusDays(46), start.plusDays(65)),
                new PhaseWindow(PhaseKind.BOARD_REVIEW, start.plusDays(66), start.plusDays(95)),
                new PhaseWindow(PhaseKind.ADOPTED, start.plusDays(100), null)));
    }
}
