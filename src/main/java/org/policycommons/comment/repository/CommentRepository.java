package org.policycommons.comment.repository;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentRepository extends JpaRepository<CommentRecord, Long> {

    /** A section's comments (not replies), oldest first, a page at a time. */
    Page<CommentRecord> findBySectionIdAndDepthOrderByCreatedAtAscIdAsc(long sectionId, int depth, Pageable page);

    /** The replies in these threads, oldest first. */
    List<CommentRecord> findByRootIdInOrderByCreatedAtAscIdAsc(Collection<Long> rootIds);

    boolean existsByParentId(long parentId);

    /** Comments (not replies) per section of a version, counted by the database. */
    @Query("""
            select c.sectionId as sectionId, count(c) as comments from CommentRecord c
            where c.versionId = :version and c.depth = 0 group by c.sectionId""")
    List<SectionCount> countBySection(@Param("version") long versionId);

    interface SectionCount {
        long getSectionId();

        long getComments();
    }
}
