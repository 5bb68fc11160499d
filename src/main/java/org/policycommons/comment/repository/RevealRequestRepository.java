package org.policycommons.comment.repository;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RevealRequestRepository extends JpaRepository<RevealRequestRecord, Long> {

    /** The open requests and those decided lately, newest first: what the moderation page lists for admins. */
    List<RevealRequestRecord> findTop20ByOrderByRequestedAtDesc();

    boolean existsByCommentIdAndRequestedByAndState(long commentId, String requestedBy, String state);
}
