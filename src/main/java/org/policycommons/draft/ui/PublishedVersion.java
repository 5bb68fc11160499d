package org.policycommons.draft.ui;

import java.util.Optional;

import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/** The published version a page's route names ({@code :draft}, {@code :version}), with its draft. */
record PublishedVersion(Draft draft, DraftVersion version) {

    /** The version the route names if it is published in the district in scope; else the page becomes "not found". */
    static Optional<PublishedVersion> of(BeforeEnterEvent event, DraftService drafts) {
        Optional<Draft> found = event.getRouteParameters().getLong("draft").flatMap(drafts::draft);
        Optional<PublishedVersion> shown = found.flatMap(d -> event.getRouteParameters().getInteger("version")
                .flatMap(n -> drafts.version(d.id(), n))).filter(DraftVersion::published)
                .map(v -> new PublishedVersion(found.get(), v));
        if (shown.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return shown;
    }
}
