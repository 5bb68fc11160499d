package org.policycommons.vote.repository;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PriorityRepository extends JpaRepository<PriorityRecord, Long> {

    List<PriorityRecord> findByCycleIdOrderByPositionAscIdAsc(long cycleId);

    boolean existsByCycleId(long cycleId);

    /**
     * A priority about to be reworded. Its words are kept in the translation table, not its row, so its version is
     * moved on commit: a second admin's save of the same version is then refused.
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select p from PriorityRecord p where p.id = :id")
    Optional<PriorityRecord> findForRewording(long id);
}
