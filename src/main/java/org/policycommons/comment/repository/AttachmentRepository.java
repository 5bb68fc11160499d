package org.policycommons.comment.repository;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttachmentRepository extends JpaRepository<AttachmentRecord, Long> {

    /** What a list of comments shows of their files, without the bytes: one query for a page of comments. */
    interface Listed {
        long getId();

        Long getCommentId();

        Long getIntakeId();

        String getFileName();

        String getContentType();

        long getSizeBytes();
    }

    @Query("""
            select a.id as id, a.commentId as commentId, a.intakeId as intakeId, a.fileName as fileName,
                   a.contentType as contentType, a.sizeBytes as sizeBytes
            from AttachmentRecord a
            where a.removedAt is null and (a.commentId in :comments or a.intakeId in :items)
            order by a.id""")
    List<Listed> listed(@Param("comments") Collection<Long> commentIds, @Param("items") Collection<Long> intakeIds);

    @Query("""
            select count(a) from AttachmentRecord a
            where a.removedAt is null and (a.commentId = :comment or a.intakeId = :item)""")
    long countAttached(@Param("comment") Long commentId, @Param("item") Long intakeId);
}
