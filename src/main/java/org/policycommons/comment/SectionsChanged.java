package org.policycommons.comment;

import java.util.Set;

/**
 * A newly published version changed or removed sections that people had commented on: each author is to be told once,
 * with the redline from the version before. Published in the district's scope, in the publication's transaction.
 */
public record SectionsChanged(long districtId, long cycleId, String cycleTitle, long draftId, int number,
                              Set<Long> authorParticipantIds) {
}
