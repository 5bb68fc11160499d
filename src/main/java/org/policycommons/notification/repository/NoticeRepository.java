package org.policycommons.notification.repository;

import java.time.Instant;

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
}
