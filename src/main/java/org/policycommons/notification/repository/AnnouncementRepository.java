package org.policycommons.notification.repository;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AnnouncementRepository extends JpaRepository<AnnouncementRecord, Long> {

    /**
     * Claims due announcements for the calling transaction. Rows another portal instance is working on are skipped,
     * not waited for, so each announcement is worked by one instance. Native SQL: the district is passed explicitly.
     */
    @Query(value = """
            select * from notice_announcement
            where district_id = :district and done_at is null and next_attempt_at <= :now
            order by id limit :limit for update skip locked""", nativeQuery = true)
    List<AnnouncementRecord> claimDue(@Param("district") long districtId, @Param("now") Instant now,
                                      @Param("limit") int limit);

    List<AnnouncementRecord> findByCycleIdOrderById(long cycleId);
}
