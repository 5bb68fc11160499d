package org.policycommons.cycle.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link PhaseTransitions} every minute. Safe with several portal instances: each opening and closing is
 * claimed by one conditional update, so it is announced once. Off with {@code portal.phases.schedule=false}.
 */
@Component
@ConditionalOnProperty(name = "portal.phases.schedule", havingValue = "true", matchIfMissing = true)
class PhaseSchedule {

    private final PhaseTransitions transitions;

    PhaseSchedule(PhaseTransitions transitions) {
        this.transitions = transitions;
    }

    @Scheduled(fixedDelayString = "${portal.phases.check-every:PT1M}", initialDelayString = "PT30S")
    void check() {
        transitions.runOnce();
    }
}
