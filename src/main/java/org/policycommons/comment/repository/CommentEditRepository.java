package org.policycommons.comment.repository;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentEditRepository extends JpaRepository<CommentEditRecord, Long> {

    List<CommentEditRecord> findByCommentIdOrderByReplacedAtAsc(long commentId);
}
