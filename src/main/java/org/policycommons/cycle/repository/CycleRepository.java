package org.policycommons.cycle.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CycleRepository extends JpaRepository<CycleRecord, Long> {

    /** Cycles still running, with their phases, for the scheduler. */
    @EntityGraph(attributePaths = "phases")
    List<CycleRecord> findByAdoptedAtIsNull();

    /**
     * Records that a phase opened, once: of two portal instances that try at the same moment, exactly one changes the
     * row (and so notifies). Hibernate adds the current district to this update, as to every JPQL statement.
     */
    @Modifying
    @Query("update PhaseRecord p set p.openedAt = :at where p.id = :id and p.openedAt is null")
    int claimOpening(@Param("id") long phaseId, @Param("at") Instant at);

    @Modifying
    @Query("update PhaseRecord p set p.closedAt = :at where p.id = :id and p.closedAt is null")
    int claimClosing(@Param("id") long phaseId, @Param("at") Instant at);

    /**
     * For an edit: the version goes up on commit even when only a phase changed, so concurrent edits collide. (The
     * phases load lazily: the lock applies to the cycle, the aggregate's root, only.)
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<CycleRecord> findForEditById(Long id);

    @EntityGraph(attributePaths = "phases")
    Optional<CycleRecord> findWithPhasesById(Long id);

    /** The district's cycles with their phases in one query, newest first (the history page). */
    @EntityGraph(attributePaths = "phases")
    List<CycleRecord> findAllByOrderByStartsOnDesc();
}
