package org.policycommons.vote.repository;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityRepository extends JpaRepository<PriorityRecord, Long> {

    List<PriorityRecord> findByCycleIdOrderByPositionAscIdAsc(long cycleId);

    boolean existsByCycleId(long cycleId);
}
