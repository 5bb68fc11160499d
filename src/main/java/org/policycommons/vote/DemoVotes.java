package org.policycommons.vote;

import java.util.List;

import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each demo district's cycles, once, their priorities and ballots from every group:
 * enough families, educators, civil-rights members and partners to show results, and only three students, so that
 * the students' figures are suppressed. The demo voters are participants only (not realm users) named demo-voter-….
 */
@Component
@ConditionalOnProperty(name = "portal.demo.cycles", havingValue = "true", matchIfMissing = true)
class DemoVotes {

    private static final Logger log = LoggerFactory.getLogger(DemoVotes.class);
    private static final List<String> DEMO_DISTRICTS = List.of("springfield", "riverside");
    /** Voters per group, in {@link VoterGroup} order: students, civil rights, partners, educators, families. */
    private static final int[] VOTERS = {3, 9, 6, 24, 58};

    private final DistrictDirectory districts;
    private final CycleService cycles;
    private final PriorityService priorities;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoVotes(DistrictDirectory districts, CycleService cycles, PriorityService priorities, JdbcTemplate jdbc,
              TransactionTemplate transactions) {
        this.districts = districts;
        this.cycles = cycles;
        this.priorities = priorities;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(30) // after the demo cycles and drafts
    public void seed() {
        for (String slug : DEMO_DISTRICTS) {
            districts.bySlug(slug).ifPresent(district -> TenantScope.runAs(district.id(),
                    () -> transactions.executeWithoutResult(status -> seedOnce(district))));
        }
    }

    private void seedOnce(District district) {
        List<Cycle> history = cycles.history();
        if (history.isEmpty() || history.stream().anyMatch(c -> !priorities.priorities(c.id()).isEmpty())) {
            return;
        }
        history.forEach(c -> priorities.seedDefaults(c.id()));
        List<Long> voters = voters(district);
        history.stream().filter(Cycle::adopted).findFirst().ifPresent(past -> ballots(district, past, voters, 0));
        history.stream().filter(c -> !c.adopted()).findFirst().ifPresent(current -> ballots(district, current, voters, 1));
        log.info("Demo priorities and votes created for {}", district.name());
    }

    /** The demo voters, in {@link VoterGroup} order, as participants of the district (not realm users). */
    private List<Long> voters(District district) {
        List<Long> ids = new java.util.ArrayList<>();
        int voter = 0;
        for (VoterGroup group : VoterGroup.values()) {
            for (int i = 0; i < VOTERS[group.ordinal()]; i++, voter++) {
                String subject = "demo-voter-" + voter;
                jdbc.update("""
                        insert into participant (district_id, subject, pseudonym, first_seen, last_seen, roles)
                        values (?, ?, ?, now(6), now(6), ?)""", district.id(), subject, "Demo voter " + voter,
                        group.role().realmRole());
                ids.add(jdbc.queryForObject("select id from participant where district_id = ? and subject = ?",
                        Long.class, district.id(), subject));
            }
        }
        return ids;
    }

    /**
     * Ballots written straight into the tables, as history (the service would rightly refuse a closed vote). Each
     * group leans its own way, and {@code shift} makes this year's leanings differ from last year's.
     */
    private void ballots(District district, Cycle cycle, List<Long> voters, int shift) {
        List<Long> ids = priorities.priorities(cycle.id()).stream().map(Priority::id).toList();
        int voter = 0;
        for (VoterGroup group : VoterGroup.values()) {
            for (int i = 0; i < VOTERS[group.ordinal()]; i++, voter++) {
                long participant = voters.get(voter);
                jdbc.update("""
                        insert into ballot (district_id, cycle_id, voter_id, voter_group, saved_at, version)
                        values (?, ?, ?, ?, now(6), 0)""", district.id(), cycle.id(), participant, group.name());
                Long ballot = jdbc.queryForObject(
                        "select id from ballot where cycle_id = ? and voter_id = ?", Long.class, cycle.id(), participant);
                int favourite = (group.ordinal() * 2 + i % 2 + shift) % ids.size();
                int[][] split = {{favourite, 5}, {(favourite + 1) % ids.size(), 3}, {(favourite + 2 + i % 2) % ids.size(), 2}};
                for (int[] give : split) {
                    jdbc.update("""
                            insert into ballot_points (district_id, ballot_id, cycle_id, voter_group, priority_id, points)
                            values (?, ?, ?, ?, ?, ?)""",
                            district.id(), ballot, cycle.id(), group.name(), ids.get(give[0]), give[1]);
                }
            }
        }
    }
}
