package org.policycommons.comment.repository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntakeRepository extends JpaRepository<IntakeRecord, Long> {

    /** A draft's items, newest entered first, a page at a time. */
    Page<IntakeRecord> findByDraftIdOrderByEnteredAtDescIdDesc(long draftId, Pageable page);
}
