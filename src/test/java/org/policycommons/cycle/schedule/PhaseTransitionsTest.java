package org.policycommons.cycle.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseClosed;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseOpened;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Phases open and close at their dates in the district's time zone, and each change is announced exactly once. */
@RecordApplicationEvents
class PhaseTransitionsTest extends PortalIntegrationTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired
    PhaseTransitions transitions;
    @Autowired
    CycleService cycles;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    ApplicationEvents events;

    @Test
    void aPhaseOpensAtMidnightInTheDistrictsTimeZoneNotInUtc() {
        LocalDate start = LocalDate.of(2035, 3, 1);
        long id = createCycle(start);

        clock.standAt(start.atStartOfDay(ZoneOffset.UTC).toInstant()); // 18:00 the day before, in Chicago
        transitions.runOnce();
        assertThat(opened(id)).isEmpty();

        standAt(start, LocalTime.of(0, 0, 30));
        transitions.runOnce();
        assertThat(opened(id)).containsExactly(PhaseKind.DRAFTING);

        standAt(start.plusDays(10), LocalTime.of(0, 1));
        transitions.runOnce();
        assertThat(opened(id)).containsExactly(PhaseKind.DRAFTING, PhaseKind.PUBLIC_COMMENT);
        assertThat(events.stream(PhaseClosed.class).filter(e -> e.cycleId() == id).map(PhaseClosed::kind))
                .containsExactly(PhaseKind.DRAFTING);

        transitions.runOnce();
        assertThat(opened(id)).as("announced once").hasSize(2);
    }

    @Test
    void twoPortalInstancesAnnounceEachOpeningOnce() throws Exception {
        LocalDate start = LocalDate.of(2036, 3, 1);
        standAt(start.plusDays(1), LocalTime.NOON);
        transitions.runOnce(); // whatever else is due now is recorded first
        createCycle(start);

        CountDownLatch go = new CountDownLatch(1);
        Callable<Integer> instance = () -> {
            go.await();
            return transitions.runOnce();
        };
        ExecutorService twoInstances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(twoInstances.submit(instance), twoInstances.submit(instance));
            go.countDown();
            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(1);
        } finally {
            twoInstances.shutdownNow();
        }
    }

    private long createCycle(LocalDate start) {
        District springfield = districts.bySlug("springfield").orElseThrow();
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        try {
            return cycles.createCycle(CyclePlans.sample(start));
        } finally {
            SignedIn.out();
        }
    }

    private List<PhaseKind> opened(long cycleId) {
        return events.stream(PhaseOpened.class).filter(e -> e.cycleId() == cycleId).map(PhaseOpened::kind).toList();
    }

    private void standAt(LocalDate day, LocalTime time) {
        clock.standAt(LocalDateTime.of(day, time).atZone(CHICAGO).toInstant());
    }
}
