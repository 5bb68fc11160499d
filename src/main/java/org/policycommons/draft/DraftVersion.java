package org.policycommons.draft;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of a draft: published (and then never changed), or the working version an admin is preparing.
 *
 * @param source the whole text as the admin wrote it, in Markdown
 */
public record DraftVersion(long id, long draftId, int number, Instant publishedAt, String source,
                           List<Section> sections) {

    public boolean published() {
        return publishedAt != null;
    }

    public Optional<Section> section(long sectionId) {
        return sections.stream().filter(s -> s.id() == sectionId).findFirst();
    }
}
