package org.policycommons.vote;

import static org.policycommons.support.Timings.median;
import static org.policycommons.support.Timings.time;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.TenantScope;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.policycommons.vote.repository.BallotPointsRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds 250,000 ballots in one cycle (three priorities each, five groups) into the embedded MariaDB, then times the
 * results as the board's page asks for them, and the raw tally query alone. A benchmark, not a test: it reports and
 * never fails on a slow machine. Run with {@code ./portal benchmark}; figures go to target/benchmarks/.
 */
@Tag("benchmark")
class VoteResultsBenchmark extends PortalIntegrationTest {

    static final int BALLOTS = 250_000;
    private static final int RUNS = 7;

    @Autowired
    BallotService ballots;
    @Autowired
    BallotPointsRepository points;
    @Autowired
    PriorityService priorities;
    @Autowired
    CycleService cycles;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void resultsOf250000Ballots() throws IOException {
        District district = districts.bySlug("springfield").orElseThrow();
        LocalDate start = LocalDate.of(2032, 3, 1);
        clock.standAt(start.minusDays(1).atTime(LocalTime.NOON).atZone(district.timeZone()).toInstant());
        SignedIn.as(district, "bench-admin", "Benchmark", PortalRole.DISTRICT_ADMIN);
        long cycleId = cycles.createCycle(CyclePlans.sample(start));
        List<Long> ids = priorities.priorities(cycleId).stream().map(Priority::id).toList();

        long seedStart = System.nanoTime();
        seed(district.id(), cycleId, ids);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long rows = jdbc.queryForObject("select count(*) from ballot_points where cycle_id = ?", Long.class, cycleId);

        SignedIn.as(district, "bench-board", "Board", PortalRole.BOARD);
        List<Double> results = time(RUNS, () -> ballots.results(cycleId).voters());
        List<Double> raw = time(RUNS, () -> TenantScope.callAs(district.id(), () -> points.tally(district.id(), cycleId).size()));

        String report = String.format(Locale.ROOT, """
                Vote results benchmark (%s)
                ballots: %,d; ballot_points rows: %,d; seeding: %.1f s
                results page computation (BallotService.results), %d runs after one warm-up:
                  median %.0f ms, min %.0f ms, max %.0f ms
                raw SQL tally alone (one GROUP BY over ix_points_tally):
                  median %.0f ms, min %.0f ms, max %.0f ms
                """, java.time.LocalDate.now(), BALLOTS, rows, seedSeconds, RUNS,
                median(results), results.getFirst(), results.getLast(), median(raw), raw.getFirst(), raw.getLast());
        org.policycommons.support.Benchmarks.report("vote-results.txt", report);
    }

    /** Participants, ballots and points written by the database itself from MariaDB's sequence tables. */
    private void seed(long districtId, long cycleId, List<Long> ids) {
        jdbc.update("""
                insert into participant (district_id, subject, pseudonym, first_seen, last_seen, roles)
                select ?, concat('bench-', seq), concat('Bench ', seq), now(6), now(6), 'family'
                from seq_1_to_%d""".formatted(BALLOTS), districtId);
        jdbc.update("""
                insert into ballot (district_id, cycle_id, voter_id, voter_group, saved_at, version)
                select p.district_id, ?, p.id, elt(1 + p.id % 5, 'FAMILY', 'STUDENT', 'EDUCATOR', 'CIVIL_RIGHTS', 'PARTNER'),
                       now(6), 0
                from participant p where p.district_id = ? and p.subject like 'bench-%'""", cycleId, districtId);
        // Three priorities per ballot (4 + 3 + 3 points), chosen by the ballot's id so that groups differ.
        jdbc.update("""
                insert into ballot_points (district_id, ballot_id, cycle_id, voter_group, priority_id, points)
                select b.district_id, b.id, b.cycle_id, b.voter_group,
                       elt(1 + (b.id * 7 + s.seq * (1 + b.id % 3)) % 5, ?, ?, ?, ?, ?),
                       if(s.seq = 1, 4, 3)
                from ballot b join seq_1_to_3 s
                where b.cycle_id = ?
                on duplicate key update points = ballot_points.points""",
                ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.get(4), cycleId);
    }
}
