package org.policycommons.comment.repository;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponseRepository extends JpaRepository<ResponseRecord, Long> {

    Page<ResponseRecord> findByCycleIdOrderByCreatedAtDescIdDesc(long cycleId, Pageable page);

    List<ResponseRecord> findByIdIn(java.util.Collection<Long> ids);
}
