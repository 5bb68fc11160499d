package org.policycommons.rubric.repository;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RatingRepository extends JpaRepository<RatingRecord, Long> {

    List<RatingRecord> findByCycleId(long cycleId);

    Optional<RatingRecord> findByCycleIdAndActionStep(long cycleId, int actionStep);

    /** Every rating of the district, for the trend (five rows per cycle at most). */
    List<RatingRecord> findAllByOrderByCycleIdAscActionStepAsc();
}
