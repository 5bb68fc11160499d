package org.policycommons.participant.repository;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Scoped to the current district by Hibernate's tenant filter, like every district-owned repository. */
public interface ParticipantRepository extends JpaRepository<ParticipantRecord, Long> {

    Optional<ParticipantRecord> findBySubject(String subject);

    boolean existsByPseudonym(String pseudonym);
}
