package org.policycommons.participant.repository;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Scoped to the current district by Hibernate's tenant filter, like every district-owned repository. */
public interface ParticipantRepository extends JpaRepository<ParticipantRecord, Long> {

    Optional<ParticipantRecord> findBySubject(String subject);

    boolean existsByPseudonym(String pseudonym);

    java.util.List<ParticipantRecord> findBySubjectIn(java.util.Collection<String> subjects);

    /**
     * The access version for a session check, 0 without a record, and no row at all if the district is deactivated.
     * Native, so it names its district itself (not the session's).
     */
    @org.springframework.data.jpa.repository.Query(value = "select coalesce((select p.access_version from participant p"
            + " where p.district_id = d.id and p.subject = :subject), 0) from district d"
            + " where d.id = :district and d.deactivated_at is null", nativeQuery = true)
    java.util.Optional<Integer> accessVersion(@org.springframework.data.repository.query.Param("district") long districtId,
                                              @org.springframework.data.repository.query.Param("subject") String subject);

    /** Raises the person's access version in the database itself, so that no concurrent write can undo it. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(value = "update participant set access_version = access_version + 1"
            + " where district_id = :district and subject = :subject", nativeQuery = true)
    int raiseAccessVersion(@org.springframework.data.repository.query.Param("district") long districtId,
                           @org.springframework.data.repository.query.Param("subject") String subject);

    /** Everyone whose roles at their last sign-in include this one (roles are stored comma-separated). */
    @org.springframework.data.jpa.repository.Query(
            "select p from ParticipantRecord p where concat(',', p.roles, ',') like concat('%,', :role, ',%')")
    java.util.List<ParticipantRecord> withRole(@org.springframework.data.repository.query.Param("role") String role);
}
