package org.policycommons.rubric.repository;

import java.util.List;
import java.util.Optional;

import org.policycommons.rubric.Rubric;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RatingRepository extends JpaRepository<RatingRecord, Long> {

    List<RatingRecord> findByCycleIdAndRubric(long cycleId, Rubric rubric);

    Optional<RatingRecord> findByCycleIdAndRubricAndActionStep(long cycleId, Rubric rubric, int actionStep);

    /** Every rating of the district on one rubric, for its trend (five rows per cycle at most). */
    List<RatingRecord> findByRubricOrderByCycleIdAscActionStepAsc(Rubric rubric);
}
