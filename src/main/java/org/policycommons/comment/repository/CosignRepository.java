package org.policycommons.comment.repository;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CosignRepository extends JpaRepository<CosignRecord, Long> {

    List<CosignRecord> findByCommentIdInOrderByIdAsc(Collection<Long> commentIds);

    boolean existsByCommentIdAndParticipantId(long commentId, long participantId);

    @org.springframework.data.jpa.repository.Query("""
            select count(s) from CosignRecord s where s.commentId in
            (select c.id from CommentRecord c where c.sectionId = :section)""")
    long countBySection(@org.springframework.data.repository.query.Param("section") long sectionId);

    /** Co-signatures per section of a version: section id, count. */
    @org.springframework.data.jpa.repository.Query("""
            select c.sectionId, count(s) from CosignRecord s, CommentRecord c
            where s.commentId = c.id and c.versionId = :version group by c.sectionId""")
    List<Object[]> countByVersion(@org.springframework.data.repository.query.Param("version") long versionId);
}
