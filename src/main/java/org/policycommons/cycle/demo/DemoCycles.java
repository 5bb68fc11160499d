package org.policycommons.cycle.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.policycommons.cycle.BoardMilestones;
import org.policycommons.cycle.CyclePlan;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseWindow;
import org.policycommons.cycle.repository.CycleRecord;
import org.policycommons.cycle.repository.CycleRepository;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each demo district, once, a past adopted cycle and a current one whose comment and vote windows are open today, so a
 * newcomer sees the timeline and the history working. Off with {@code portal.demo.cycles=false}.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.cycles", havingValue = "true", matchIfMissing = true)
class DemoCycles {

    private static final Logger log = LoggerFactory.getLogger(DemoCycles.class);
    private static final List<String> DEMO_DISTRICTS = List.of("springfield", "riverside");

    private final DistrictDirectory districts;
    private final CycleRepository cycles;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoCycles(DistrictDirectory districts, CycleRepository cycles, TransactionTemplate transactions, Clock clock) {
        this.districts = districts;
        this.cycles = cycles;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(10) // after the districts are registered
    public void seed() {
        for (String slug : DEMO_DISTRICTS) {
            districts.bySlug(slug).ifPresent(district -> TenantScope.runAs(district.id(),
                    () -> transactions.executeWithoutResult(status -> seedOnce(district))));
        }
    }

    private void seedOnce(District district) {
        if (cycles.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(district.timeZone()));
        CycleRecord past = cycles.save(new CycleRecord(plan(yearLabel(today.minusYears(1)), today.minusYears(1).minusDays(40)),
                clock.instant()));
        LocalDate adoptionVote = today.minusYears(1).minusDays(40).plusDays(100);
        past.recordMilestones(new BoardMilestones(adoptionVote.minusDays(28), "Discussed; amendments requested",
                adoptionVote.minusDays(14), "Advanced to a vote", adoptionVote, "Adopted 5–2",
                adoptionVote.plusDays(30), adoptionVote.plusYears(1)));
        past.markAdopted(adoptionVote.atStartOfDay(district.timeZone()).toInstant());
        // Today falls on the 15th day of the current cycle: drafting is done, public comment and the vote are open.
        cycles.save(new CycleRecord(plan(yearLabel(today), today.minusDays(15)), clock.instant()));
        log.info("Demo review cycles created for {}", district.name());
    }

    private static String yearLabel(LocalDate day) {
        int start = day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1;
        return start + "–" + String.valueOf(start + 1).substring(2);
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
