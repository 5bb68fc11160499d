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

    /**
     * A section's comments (not replies), oldest first: only those written in {@code language} (a language code) if
     * it is given, and none by {@code leftOutRole} if it is given.
     */
    @Query("""
            select c from CommentRecord c where c.sectionId = :section and c.depth = 0
            and (:language is null or c.language = :language or c.language like concat(:language, '-%'))
            and (:leftOutRole is null or c.authorRole <> :leftOutRole)
            order by c.createdAt, c.id""")
    Page<CommentRecord> roots(@Param("section") long sectionId, @Param("language") String language,
                              @Param("leftOutRole") String leftOutRole, Pageable page);

    /**
     * Input on a version's draft as a whole (only input received outside the portal is), oldest first, with the same
     * filters as {@link #roots}.
     */
    @Query("""
            select c from CommentRecord c where c.versionId = :version and c.sectionId is null and c.depth = 0
            and (:language is null or c.language = :language or c.language like concat(:language, '-%'))
            and (:leftOutRole is null or c.authorRole <> :leftOutRole)
            order by c.createdAt, c.id""")
    Page<CommentRecord> wholeDraft(@Param("version") long versionId, @Param("language") String language,
                                   @Param("leftOutRole") String leftOutRole, Pageable page);

    /** The comment rows an item received outside the portal speaks through. */
    List<CommentRecord> findByIntakeIdOrderByIdAsc(long intakeId);

    List<CommentRecord> findByIntakeIdInOrderByIdAsc(Collection<Long> intakeIds);

    /** The replies in these threads, oldest first. */
    List<CommentRecord> findByRootIdInOrderByCreatedAtAscIdAsc(Collection<Long> rootIds);

    boolean existsByParentId(long parentId);

    /** Comments (not replies) per section of a version, counted by the database. */
    @Query("""
            select c.sectionId as sectionId, count(c) as comments from CommentRecord c
            where c.versionId = :version and c.depth = 0 and c.sectionId is not null group by c.sectionId""")
    List<SectionCount> countBySection(@Param("version") long versionId);

    /** A section's shown comments that no district response answers yet, oldest first. */
    @Query(value = """
            select c from CommentRecord c where c.sectionId = :section and c.depth = 0
            and c.withdrawnAt is null and c.hiddenAt is null
            and not exists (select l.id from ResponseCommentRecord l where l.commentId = c.id)
            order by c.createdAt, c.id""",
            countQuery = """
            select count(c) from CommentRecord c where c.sectionId = :section and c.depth = 0
            and c.withdrawnAt is null and c.hiddenAt is null
            and not exists (select l.id from ResponseCommentRecord l where l.commentId = c.id)""")
    Page<CommentRecord> unanswered(@Param("section") long sectionId, Pageable page);

    @Query("select count(c) as comments, coalesce(sum(c.version), 0) as changes from CommentRecord c where c.sectionId = :section")
    Stamp stamp(@Param("section") long sectionId);

    /**
     * The ids of the first comments (not replies) of every section of a version, oldest first, at most {@code size}
     * per section: the first page of each section in one query. Native, so it names its district itself.
     */
    @Query(value = """
            select id from (select c.id, row_number() over (partition by c.section_id order by c.created_at, c.id) as n
                            from comment c where c.district_id = :district and c.version_id = :version and c.depth = 0
                            and c.section_id is not null) firsts
            where n <= :size""", nativeQuery = true)
    List<Long> firstIdsPerSection(@Param("district") long districtId, @Param("version") long versionId,
                                  @Param("size") int size);

    /** {@link #stamp} for every section of a version at once. */
    @Query("""
            select c.sectionId as sectionId, count(c) as comments, coalesce(sum(c.version), 0) as changes
            from CommentRecord c where c.versionId = :version and c.sectionId is not null group by c.sectionId""")
    List<SectionStamp> stampsBySection(@Param("version") long versionId);

    interface SectionStamp {
        long getSectionId();

        long getComments();

        long getChanges();
    }

    interface Stamp {
        long getComments();

        long getChanges();
    }

    /** A section's comments (not replies) by everyone but one role, oldest first: the public's page without students. */
    Page<CommentRecord> findBySectionIdAndDepthAndAuthorRoleNotOrderByCreatedAtAscIdAsc(long sectionId, int depth,
                                                                                       String authorRole, Pageable page);

    /** How many comments and replies of one role a section shows (neither withdrawn nor hidden). */
    long countBySectionIdAndAuthorRoleAndWithdrawnAtIsNullAndHiddenAtIsNull(long sectionId, String authorRole);

    /** Per section of a version: its comments (not replies), and how many of those one role wrote. */
    @Query("""
            select c.sectionId as sectionId, count(c) as comments,
                   sum(case when c.authorRole = :role then 1 else 0 end) as byRole
            from CommentRecord c where c.versionId = :version and c.depth = 0 and c.sectionId is not null
            group by c.sectionId""")
    List<SectionRoleCount> countBySectionAndRole(@Param("version") long versionId, @Param("role") String role);

    interface SectionRoleCount {
        long getSectionId();

        long getComments();

        long getByRole();
    }

    interface SectionCount {
        long getSectionId();

        long getComments();
    }

    @Query("select distinct c.authorId from CommentRecord c where c.cycleId = :cycle")
    List<Long> authorsInCycle(@Param("cycle") long cycleId);

    boolean existsByCycleIdAndAuthorId(long cycleId, long authorId);
}
