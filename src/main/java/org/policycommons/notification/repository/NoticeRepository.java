package org.policycommons.notification.repository;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NoticeRepository extends JpaRepository<NoticeRecord, Long> {

    Page<NoticeRecord> findByParticipantIdOrderByCreatedAtDescIdDesc(long participantId, Pageable page);

    long countByParticipantIdAndReadAtIsNull(long participantId);

    @Modifying
    @Query("update NoticeRecord n set n.readAt = :at where n.participantId = :participant and n.readAt is null")
    int markAllRead(@Param("participant") long participantId, @Param("at") Instant at);

    /** Claims emails due to be sent, skipping those another portal instance holds (see AnnouncementRepository). */
    @Query(value = """
            select * from notice
            where district_id = :district and mail_state = 'PENDING' and next_mail_at <= :now
            order by id limit :limit for update skip locked""", nativeQuery = true)
    List<NoticeRecord> claimDueMail(@Param("district") long districtId, @Param("now") Instant now,
                                    @Param("limit") int limit);
}
