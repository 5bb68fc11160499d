package org.policycommons.draft.ui;

import org.policycommons.draft.SafeMarkdown;

import com.vaadin.flow.component.Html;

/** A section's text as readers see it: Markdown rendered through {@link SafeMarkdown}, never raw. */
final class SectionBody {

    private SectionBody() {
    }

    /** Under a section's h2: the text's own headings start at h3. */
    static Html of(String markdown) {
        return of(markdown, 3);
    }

    /** Under a heading one level below {@code firstLevel}. */
    static Html of(String markdown, int firstLevel) {
        return new Html("<div class=\"section-body\">" + SafeMarkdown.html(markdown, firstLevel) + "</div>");
    }
}
