package org.policycommons.participant.repository;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Scoped to the current district by Hibernate's tenant filter, like every district-owned repository. */
public interface ParticipantRepository extends JpaRepository<ParticipantRecord, Long> {

    Optional<ParticipantRecord> findBySubject(String subject);

    boolean existsByPseudonym(String pseudonym);

    java.util.List<ParticipantRecord> findBySubjectIn(java.util.Collection<String> subjects);

    /** Everyone whose roles at their last sign-in include this one (roles are stored comma-separated). */
    @org.springframework.data.jpa.repository.Query(
            "select p from ParticipantRecord p where concat(',', p.roles, ',') like concat('%,', :role, ',%')")
    java.util.List<ParticipantRecord> withRole(@org.springframework.data.repository.query.Param("role") String role);
}
