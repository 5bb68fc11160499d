package org.policycommons.comment.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** A passage quoted from the section, marked up as a quotation. */
@Tag("blockquote")
final class Quote extends HtmlContainer {

    Quote(String text) {
        setText(text);
        addClassName("comment-quote");
    }
}
