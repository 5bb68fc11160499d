package org.policycommons.rubric.repository;

import java.util.List;

import org.policycommons.rubric.Rubric;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemRepository extends JpaRepository<ItemRecord, Long> {

    List<ItemRecord> findByCycleIdOrderByActionStepAscIdAsc(long cycleId);

    List<ItemRecord> findByCycleIdAndRubricOrderByActionStepAscIdAsc(long cycleId, Rubric rubric);

    boolean existsByCycleId(long cycleId);
}
