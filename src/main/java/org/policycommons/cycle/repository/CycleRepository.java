package org.policycommons.cycle.repository;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface CycleRepository extends JpaRepository<CycleRecord, Long> {

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
