package org.policycommons.draft.ui;

import org.policycommons.draft.SafeMarkdown;

import com.vaadin.flow.component.Html;

/** A section's text as readers see it: Markdown rendered through {@link SafeMarkdown}, never raw. */
final class SectionBody {

    private SectionBody() {
    }

    static Html of(String markdown) {
        Html body = new Html("<div class=\"section-body\">" + SafeMarkdown.html(markdown) + "</div>");
        return body;
    }
}
