package org.policycommons.vote.repository;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VoteSetupRepository extends JpaRepository<VoteSetupRecord, Long> {

    Optional<VoteSetupRecord> findByCycleId(long cycleId);
}
