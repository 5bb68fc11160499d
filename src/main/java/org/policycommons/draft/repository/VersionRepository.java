package org.policycommons.draft.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VersionRepository extends JpaRepository<VersionRecord, Long> {

    List<VersionRecord> findByDraftIdOrderByNumber(long draftId);

    List<VersionRecord> findByDraftIdInOrderByNumber(Collection<Long> draftIds);

    Optional<VersionRecord> findByDraftIdAndNumber(long draftId, int number);
}
