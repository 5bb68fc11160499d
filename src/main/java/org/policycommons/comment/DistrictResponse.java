package org.policycommons.comment;

import java.time.Instant;
import java.util.List;

import org.policycommons.text.Translated;

/**
 * The district's answer to one or more comments, and the sections of the next published version that changed where
 * those comments were made.
 *
 * @param versionNumber  the version the comments were made on
 * @param body           the answer, in the district's first language and any others it was given in
 * @param changed        sections of the next version that changed, or were removed, where the comments were; empty
 *                       until that version is published
 */
public record DistrictResponse(long id, long cycleId, long draftId, int versionNumber, Translated body,
                               Disposition disposition, Instant createdAt, List<Long> commentIds,
                               List<ChangedSection> changed) {

    /**
     * @param sectionNumber its number in the new version, or null if the section was removed
     */
    public record ChangedSection(int versionNumber, Integer sectionNumber, String heading) {
    }
}
