package org.policycommons.draft.repository;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SectionRepository extends JpaRepository<SectionRecord, Long> {

    List<SectionRecord> findByVersionIdOrderByPosition(long versionId);

    /** For the working version only: its sections are replaced when its text is saved again. */
    @Modifying(flushAutomatically = true)
    @Query("delete from SectionRecord s where s.versionId = :version")
    int deleteByVersion(@Param("version") long versionId);
}
