package org.policycommons.cycle.schedule;

import java.time.Clock;
import java.time.Instant;

import org.policycommons.cycle.PhaseClosed;
import org.policycommons.cycle.PhaseOpened;
import org.policycommons.cycle.PhaseState;
import org.policycommons.cycle.repository.CycleRecord;
import org.policycommons.cycle.repository.CycleRepository;
import org.policycommons.cycle.repository.PhaseRecord;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records, district by district, the phases that have opened or closed by their dates, and announces each once.
 * Whether a phase is open never depends on this having run (see CycleService.requireOpen); it is what tells
 * people, e.g. by notification, that a window has opened.
 */
@Component
public class PhaseTransitions {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PhaseTransitions.class);

    private final DistrictDirectory districts;
    private final CycleRepository cycles;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PhaseTransitions(DistrictDirectory districts, CycleRepository cycles, TransactionTemplate transactions,
                     ApplicationEventPublisher events, Clock clock) {
        this.districts = districts;
        this.cycles = cycles;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** One pass over every district; returns how many openings and closings this call recorded. */
    public int runOnce() {
        int recorded = 0;
        for (District district : districts.active()) {
            try {
                recorded += TenantScope.callAs(district.id(), () -> transactions.execute(status -> record(district)));
            } catch (RuntimeException e) {
                // One district's trouble must not stop the others' windows from being announced; retried next pass.
                log.error("Could not record the phase changes of district {}", district.slug(), e);
            }
        }
        return recorded;
    }

    private int record(District district) {
        Instant now = clock.instant();
        int recorded = 0;
        for (CycleRecord cycle : cycles.findByAdoptedAtIsNull()) {
            for (PhaseRecord phase : cycle.plannedPhases()) {
                PhaseState state = phase.stateAt(now, district.timeZone());
                if (state != PhaseState.UPCOMING && !phase.openingRecorded()
                        && cycles.claimOpening(phase.id(), now) == 1) {
                    recorded++;
                    // A window that already closed again (the portal was down) is recorded, not announced.
                    if (state == PhaseState.OPEN) {
                        events.publishEvent(new PhaseOpened(district.id(), cycle.id(), cycle.title(), phase.kind()));
                    }
                }
                if (state == PhaseState.CLOSED && !phase.closingRecorded()
                        && cycles.claimClosing(phase.id(), now) == 1) {
                    events.publishEvent(new PhaseClosed(district.id(), cycle.id(), cycle.title(), phase.kind()));
                    recorded++;
                }
            }
        }
        return recorded;
    }
}
