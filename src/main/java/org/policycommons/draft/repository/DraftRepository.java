package org.policycommons.draft.repository;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DraftRepository extends JpaRepository<DraftRecord, Long> {

    List<DraftRecord> findByCycleIdOrderById(long cycleId);

    /** For an edit: the draft's version goes up when the transaction commits, whatever else changed. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select d from DraftRecord d where d.id = :id")
    Optional<DraftRecord> findForEditById(@Param("id") long id);
}
