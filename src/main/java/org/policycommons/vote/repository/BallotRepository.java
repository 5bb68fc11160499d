package org.policycommons.vote.repository;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BallotRepository extends JpaRepository<BallotRecord, Long> {

    Optional<BallotRecord> findByCycleIdAndVoterId(long cycleId, long voterId);

    /** The voter's ballot, locked until the saving transaction ends: two tabs saving at once take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from BallotRecord b where b.cycleId = :cycle and b.voterId = :voter")
    Optional<BallotRecord> lockByCycleIdAndVoterId(@Param("cycle") long cycleId, @Param("voter") long voterId);

    /** Inserts the voter's empty ballot unless it exists; never fails on the unique key (native: MariaDB/MySQL). */
    @Modifying
    @Query(value = """
            insert ignore into ballot (district_id, cycle_id, voter_id, voter_group, saved_at, version)
            values (:district, :cycle, :voter, :group, :now, 0)""", nativeQuery = true)
    int insertIfAbsent(@Param("district") long districtId, @Param("cycle") long cycleId, @Param("voter") long voterId,
                       @Param("group") String group, @Param("now") java.time.Instant now);

    /** Voters per group: participation, counted by the database. */
    @Query("select b.voterGroup as voterGroup, count(b) as voters from BallotRecord b where b.cycleId = :cycle group by b.voterGroup")
    List<GroupCount> votersByGroup(@Param("cycle") long cycleId);

    interface GroupCount {
        String getVoterGroup();

        long getVoters();
    }

    @Query("select b.voterId from BallotRecord b where b.cycleId = :cycle")
    List<Long> voterIds(@Param("cycle") long cycleId);
}
