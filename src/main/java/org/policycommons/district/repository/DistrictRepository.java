package org.policycommons.district.repository;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DistrictRepository extends JpaRepository<DistrictRecord, Long> {

    Optional<DistrictRecord> findBySlug(String slug);

    List<DistrictRecord> findAllByOrderByNameAsc();
}
