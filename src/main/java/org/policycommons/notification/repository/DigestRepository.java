package org.policycommons.notification.repository;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DigestRepository extends JpaRepository<DigestRecord, Long> {

    /** Claims digest emails due to be sent, skipping those another portal instance holds. */
    @Query(value = """
            select * from notice_digest
            where district_id = :district and mail_state = 'PENDING' and next_mail_at <= :now
            order by id limit :limit for update skip locked""", nativeQuery = true)
    List<DigestRecord> claimDueMail(@Param("district") long districtId, @Param("now") Instant now,
                                    @Param("limit") int limit);

    List<DigestRecord> findByParticipantIdOrderById(long participantId);
}
