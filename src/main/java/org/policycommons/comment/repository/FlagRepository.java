package org.policycommons.comment.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FlagRepository extends JpaRepository<FlagRecord, Long> {

    boolean existsByCommentIdAndParticipantId(long commentId, long participantId);

    /** Comments with open flags, the most flagged first: the moderation queue. */
    @Query(value = """
            select f.commentId from FlagRecord f where f.handledAt is null
            group by f.commentId order by count(f) desc, min(f.createdAt) asc""",
            countQuery = "select count(distinct f.commentId) from FlagRecord f where f.handledAt is null")
    Page<Long> flaggedComments(Pageable page);

    List<FlagRecord> findByCommentIdInAndHandledAtIsNullOrderByCreatedAtAsc(Collection<Long> commentIds);

    @Modifying
    @Query("update FlagRecord f set f.handledAt = :at where f.commentId = :comment and f.handledAt is null")
    int handle(@Param("comment") long commentId, @Param("at") Instant at);
}
