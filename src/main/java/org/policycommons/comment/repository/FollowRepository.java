package org.policycommons.comment.repository;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FollowRepository extends JpaRepository<FollowRecord, Long> {

    /** Follows unless already followed: two tabs following at once make one follow and no error. */
    @Modifying
    @Query(value = """
            insert ignore into follow (district_id, participant_id, draft_id, section_key, created_at)
            values (:district, :participant, :draft, :key, :now)""", nativeQuery = true)
    int follow(@Param("district") long districtId, @Param("participant") long participantId,
               @Param("draft") long draftId, @Param("key") String sectionKey, @Param("now") Instant now);

    List<FollowRecord> findByParticipantIdAndDraftId(long participantId, long draftId);

    @Modifying
    @Query("delete from FollowRecord f where f.participantId = :participant and f.draftId = :draft and f.sectionKey = :key")
    int unfollow(@Param("participant") long participantId, @Param("draft") long draftId, @Param("key") String sectionKey);

    /** What one follower's new comments came to: per draft, the comments others wrote in the period. */
    interface Activity {
        long getParticipantId();

        long getDraftId();

        long getCycleId();

        long getComments();
    }

    /**
     * For each follower and draft, the comments and replies others wrote in {@code [from, to)} on what they follow
     * (a followed section by its key in any version, or anywhere in a followed draft), each counted once, without
     * those withdrawn or hidden, nor an author standing by an earlier comment (no new words). One query for the district. Native SQL: the district is passed explicitly.
     */
    @Query(value = """
            select f.participant_id as participantId, c.draft_id as draftId, c.cycle_id as cycleId,
                   count(distinct c.id) as comments
            from follow f
            join comment c on c.district_id = f.district_id and c.draft_id = f.draft_id
                          and (f.section_key = '' or c.section_key = f.section_key)
            where f.district_id = :district and c.created_at >= :from and c.created_at < :to
              and c.author_id <> f.participant_id and c.withdrawn_at is null and c.hidden_at is null
              and c.stands_by_id is null
            group by f.participant_id, c.draft_id, c.cycle_id
            order by f.participant_id, c.draft_id""", nativeQuery = true)
    List<Activity> activity(@Param("district") long districtId, @Param("from") Instant from, @Param("to") Instant to);
}
