package org.policycommons.comment.repository;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The comments of a draft's earlier versions as a later version shows them: each under the section with the same key,
 * marked by comparing that section's text in the comment's version with the text in the version read. Native, so
 * every query names its district itself. Only shown comments (not withdrawn, not hidden, not replies) are carried,
 * and a comment its author stood by on a version up to the one read is carried as that stand-by instead.
 */
public interface CarriedRepository extends Repository<CommentRecord, Long> {

    /** Whether a comment's section is unchanged, changed or removed in the version read. */
    String MARK = """
            case when cur.id is null then 'REMOVED'
                 when cur.heading = old.heading and cur.body = old.body then 'UNCHANGED' else 'CHANGED' end""";

    String CARRIED = """
            from comment c
            join draft_version v on v.id = c.version_id
            join draft_section old on old.id = c.section_id
            left join draft_section cur on cur.version_id = :version and cur.section_key = c.section_key
            where c.district_id = :district and c.draft_id = :draft and v.number < :number and c.depth = 0
              and c.section_id is not null and c.withdrawn_at is null and c.hidden_at is null
              and (:leftOutRole is null or c.author_role <> :leftOutRole)
              and not exists (select 1 from comment s join draft_version sv on sv.id = s.version_id
                              where s.stands_by_id = c.id and s.withdrawn_at is null and sv.number <= :number)
            """;

    /** One carried comment: its id, the number of its version, its section's key, and its mark. */
    interface Row {
        long getId();

        int getFromVersion();

        String getSectionKey();

        String getMark();
    }

    /** Per section key and mark: how many comments are carried, and the latest heading the section had before. */
    interface Count {
        String getSectionKey();

        String getMark();

        long getComments();

        String getHeading();
    }

    @Query(value = "select c.section_key as sectionKey, " + MARK + " as mark, count(*) as comments, "
            + """
            (select s2.heading from draft_section s2 join draft_version v2 on v2.id = s2.version_id
             where v2.draft_id = :draft and v2.number < :number and s2.section_key = c.section_key
             order by v2.number desc limit 1) as heading
            """ + CARRIED + " group by c.section_key, mark", nativeQuery = true)
    List<Count> counts(@Param("district") long districtId, @Param("draft") long draftId,
                       @Param("version") long versionId, @Param("number") int number,
                       @Param("leftOutRole") String leftOutRole);

    /** The comments carried into one section key (or kept under a removed one), oldest version first. */
    @Query(value = "select c.id as id, v.number as fromVersion, c.section_key as sectionKey, " + MARK + " as mark "
            + CARRIED + " and c.section_key = :key order by v.number, c.created_at, c.id limit :size offset :offset",
            nativeQuery = true)
    List<Row> into(@Param("district") long districtId, @Param("draft") long draftId, @Param("version") long versionId,
                   @Param("number") int number, @Param("leftOutRole") String leftOutRole, @Param("key") String key,
                   @Param("size") int size, @Param("offset") long offset);

    /** How many comments are carried into one section key (or kept under it, removed). */
    @Query(value = "select count(*) " + CARRIED + " and c.section_key = :key", nativeQuery = true)
    long countInto(@Param("district") long districtId, @Param("draft") long draftId, @Param("version") long versionId,
                   @Param("number") int number, @Param("leftOutRole") String leftOutRole, @Param("key") String key);

    /**
     * The authors (typed online, who can be told) of carried comments on sections whose text changed from the
     * previous version to this one, or that this one removed: those a newly published version concerns.
     */
    @Query(value = """
            select distinct c.author_id
            from comment c
            join draft_version v on v.id = c.version_id
            join draft_section prev on prev.version_id = :previous and prev.section_key = c.section_key
            left join draft_section cur on cur.version_id = :version and cur.section_key = c.section_key
            where c.district_id = :district and c.draft_id = :draft and v.number < :number and c.depth = 0
              and c.section_id is not null and c.withdrawn_at is null and c.hidden_at is null and c.channel = 'ONLINE'
              and (cur.id is null or cur.heading <> prev.heading or cur.body <> prev.body)
              and not exists (select 1 from comment s where s.stands_by_id = c.id and s.withdrawn_at is null)""",
            nativeQuery = true)
    List<Long> authorsOfChanged(@Param("district") long districtId, @Param("draft") long draftId,
                                @Param("previous") long previousVersionId, @Param("version") long versionId,
                                @Param("number") int number);

    /** Whether the comment is already stood by on this version. */
    @Query(value = "select count(*) from comment s where s.stands_by_id = :comment and s.version_id = :version",
            nativeQuery = true)
    long standings(@Param("comment") long commentId, @Param("version") long versionId);
}
