package org.policycommons.vote.repository;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BallotPointsRepository extends JpaRepository<BallotPointsRecord, Long> {

    List<BallotPointsRecord> findByBallotId(long ballotId);

    @Modifying(flushAutomatically = true)
    @Query("delete from BallotPointsRecord p where p.ballotId = :ballot")
    int deleteByBallot(@Param("ballot") long ballotId);

    /**
     * Points and voters per priority and group: the whole tally in one GROUP BY over the covering index. Native so
     * that the district is named explicitly and the index is used as written (docs/decisions/002).
     */
    @Query(value = """
            select priority_id as priorityId, voter_group as voterGroup, sum(points) as points, count(*) as voters
            from ballot_points where district_id = :district and cycle_id = :cycle
            group by priority_id, voter_group""", nativeQuery = true)
    List<Tally> tally(@Param("district") long districtId, @Param("cycle") long cycleId);

    interface Tally {
        long getPriorityId();

        String getVoterGroup();

        long getPoints();

        long getVoters();
    }
}
