package org.policycommons.draft.ui;

import org.policycommons.draft.SafeMarkdown;

import com.vaadin.flow.component.Html;

/** A section's text as readers see it: Markdown rendered through {@link SafeMarkdown}, never raw. */
final class SectionBody {

    private SectionBody() {
    }

    /** The text's safe HTML, its headings starting at {@code firstLevel}, for a part drawn from markup. */
    static String html(String markdown, int firstLevel) {
        return SafeMarkdown.html(markdown, firstLevel);
    }

    /** Under a heading one level below {@code firstLevel}. */
    static Html of(String markdown, int firstLevel) {
        return new Html("<div class=\"section-body\">" + SafeMarkdown.html(markdown, firstLevel) + "</div>");
    }
}
