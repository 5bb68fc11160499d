package org.policycommons.cycle;

import java.time.Clock;
import java.time.Instant;

import org.policycommons.cycle.repository.CycleRecord;
import org.policycommons.cycle.repository.CycleRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review cycles that happened, recorded as they were: a past review with its board readings and adoption, or one
 * already under way. For the portal's own seeding and imports in the district in scope (the demo module), never for
 * a request: it keeps none of the rules an admin's change must keep (no dates in the past, nothing once adopted).
 */
@Service
public class CycleHistory {

    private final CycleRepository cycles;
    private final Clock clock;

    CycleHistory(CycleRepository cycles, Clock clock) {
        this.cycles = cycles;
        this.clock = clock;
    }

    /** A cycle with this plan; adopted at {@code adoptedAt} with these board milestones, if they are given. */
    @Transactional
    public long record(CyclePlan plan, BoardMilestones milestones, Instant adoptedAt) {
        plan.validate();
        CycleRecord cycle = cycles.save(new CycleRecord(plan, clock.instant()));
        if (milestones != null) {
            cycle.recordMilestones(milestones);
        }
        if (adoptedAt != null) {
            cycle.markAdopted(adoptedAt);
        }
        return cycle.id();
    }
}
