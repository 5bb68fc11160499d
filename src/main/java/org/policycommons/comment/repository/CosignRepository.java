package org.policycommons.comment.repository;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CosignRepository extends JpaRepository<CosignRecord, Long> {

    List<CosignRecord> findByCommentIdInOrderByIdAsc(Collection<Long> commentIds);

    boolean existsByCommentIdAndParticipantId(long commentId, long participantId);
}
