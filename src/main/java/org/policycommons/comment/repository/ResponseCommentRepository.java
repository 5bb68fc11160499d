package org.policycommons.comment.repository;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponseCommentRepository extends JpaRepository<ResponseCommentRecord, Long> {

    boolean existsByCommentId(long commentId);

    List<ResponseCommentRecord> findByCommentIdIn(Collection<Long> commentIds);

    List<ResponseCommentRecord> findByResponseIdIn(Collection<Long> responseIds);

    @org.springframework.data.jpa.repository.Query("""
            select count(l) from ResponseCommentRecord l where l.commentId in
            (select c.id from CommentRecord c where c.sectionId = :section)""")
    long countBySection(@org.springframework.data.repository.query.Param("section") long sectionId);

    /** Answered comments per section of a version: section id, count. */
    @org.springframework.data.jpa.repository.Query("""
            select c.sectionId, count(l) from ResponseCommentRecord l, CommentRecord c
            where l.commentId = c.id and c.versionId = :version group by c.sectionId""")
    List<Object[]> countByVersion(@org.springframework.data.repository.query.Param("version") long versionId);
}
