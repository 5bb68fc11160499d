package org.policycommons.rubric.repository;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemRepository extends JpaRepository<ItemRecord, Long> {

    List<ItemRecord> findByCycleIdOrderByActionStepAscIdAsc(long cycleId);

    boolean existsByCycleId(long cycleId);
}
