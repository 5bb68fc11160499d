package org.policycommons.draft;

/**
 * A version of a draft was published: other modules may act on it in the same transaction (e.g. tell the authors of
 * comments on earlier versions that their section changed). Published in the district's scope.
 */
public record VersionPublished(long districtId, long cycleId, long draftId, int number) {
}
