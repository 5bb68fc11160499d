package org.policycommons.draft;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A document under review in a cycle, e.g. the SRO policy or the MOU, with its versions.
 *
 * @param version  what an edit must name, so that a second admin's save cannot silently overwrite the first's
 * @param versions oldest first; the last may be the working version, not yet published
 */
public record Draft(long id, long cycleId, String title, long version, List<VersionSummary> versions) {

    public List<VersionSummary> published() {
        return versions.stream().filter(VersionSummary::published).toList();
    }

    public Optional<VersionSummary> latestPublished() {
        List<VersionSummary> published = published();
        return published.isEmpty() ? Optional.empty() : Optional.of(published.getLast());
    }

    public Optional<VersionSummary> working() {
        return versions.stream().filter(v -> !v.published()).findFirst();
    }

    public record VersionSummary(int number, Instant publishedAt) {

        public boolean published() {
            return publishedAt != null;
        }
    }
}
