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

    /**
     * Claims a piece of once-only work for the district (e.g. a day's follow notices): 1 for the first instance to
     * ask, which does the work in the same transaction; 0 for every other, which waits for that transaction and skips.
     * A transaction that rolls back gives the key up again.
     */
    @Modifying
    @Query(value = """
            insert ignore into notice_run (district_id, run_key, done_at)
            values (:district, :key, :now)""", nativeQuery = true)
    int claimRun(@Param("district") long districtId, @Param("key") String key, @Param("now") Instant now);

    /** Whether the once-only work under this key was done (1) or not (0), without waiting for one doing it. */
    @Query(value = "select count(*) from notice_run where district_id = :district and run_key = :key",
            nativeQuery = true)
    int runDone(@Param("district") long districtId, @Param("key") String key);

    /** The people with notices waiting for a digest written before {@code before}, among those asking that often. */
    @Query(value = """
            select distinct n.participant_id from notice n join participant p on p.id = n.participant_id
            where n.district_id = :district and n.mail_state = 'DIGEST' and n.created_at < :before
              and p.email_digest in (:digests)""", nativeQuery = true)
    List<Long> waitingForDigest(@Param("district") long districtId, @Param("before") Instant before,
                                @Param("digests") List<String> digests);

    /** Gathers a person's waiting notices written before {@code before} into their digest. */
    @Modifying
    @Query("""
            update NoticeRecord n set n.mail.state = org.policycommons.notification.repository.MailState.IN_DIGEST,
                   n.digestId = :digest
            where n.participantId = :participant and n.mail.state = org.policycommons.notification.repository.MailState.DIGEST
              and n.createdAt < :before""")
    int gather(@Param("participant") long participantId, @Param("before") Instant before, @Param("digest") long digestId);

    List<NoticeRecord> findByDigestIdOrderByCreatedAtAscIdAsc(long digestId);
}
