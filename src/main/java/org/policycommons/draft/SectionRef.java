package org.policycommons.draft;

/**
 * A section with where it stands: its version, draft and cycle, and whether its version is the draft's latest
 * published one (the one people comment on).
 */
public record SectionRef(Section section, long versionId, int versionNumber, boolean published,
                         boolean latestPublished, long draftId, long cycleId) {
}
