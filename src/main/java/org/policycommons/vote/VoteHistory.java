package org.policycommons.vote;

import java.time.Instant;
import java.util.Map;

import org.policycommons.identity.CurrentDistrict;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ballots that were cast, recorded as they were, in the district in scope: for the portal's own seeding and imports
 * (the demo module), never for a request. {@link BallotService} refuses a closed vote, rightly; history is written
 * here instead, checked against the cycle's priorities.
 */
@Service
public class VoteHistory {

    private final JdbcTemplate jdbc;
    private final PriorityService priorities;

    VoteHistory(JdbcTemplate jdbc, PriorityService priorities) {
        this.jdbc = jdbc;
        this.priorities = priorities;
    }

    /** The default priorities (one per SECURe action step) of a cycle recorded without them. */
    @Transactional
    public void recordDefaultPriorities(long cycleId) {
        priorities.seedDefaults(cycleId);
    }

    /** One voter's ballot in this cycle: points per priority id. */
    @Transactional
    public void recordBallot(long cycleId, long voterParticipantId, VoterGroup group, Map<Long, Integer> points,
                             Instant savedAt) {
        long district = CurrentDistrict.require();
        java.util.Set<Long> known = new java.util.HashSet<>();
        priorities.priorities(cycleId).forEach(p -> known.add(p.id()));
        if (!known.containsAll(points.keySet())) {
            throw new IllegalArgumentException("Points for a priority that is not the cycle's: " + points.keySet());
        }
        jdbc.update("""
                insert into ballot (district_id, cycle_id, voter_id, voter_group, saved_at, version)
                values (?, ?, ?, ?, ?, 0)""", district, cycleId, voterParticipantId, group.name(),
                java.sql.Timestamp.from(savedAt));
        Long ballot = jdbc.queryForObject("select id from ballot where district_id = ? and cycle_id = ? and voter_id = ?",
                Long.class, district, cycleId, voterParticipantId);
        points.forEach((priority, given) -> jdbc.update("""
                insert into ballot_points (district_id, ballot_id, cycle_id, voter_group, priority_id, points)
                values (?, ?, ?, ?, ?, ?)""", district, ballot, cycleId, group.name(), priority, given));
    }
}
