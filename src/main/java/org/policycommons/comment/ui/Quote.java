package org.policycommons.comment.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** A passage quoted from the section, marked up as a quotation. */
@Tag("blockquote")
final class Quote extends HtmlContainer {

    /** A quote in the language of the text it came from, if known: a screen reader reads it in that language. */
    Quote(String text, String language) {
        setText(text);
        addClassName("comment-quote");
        if (language != null) {
            getElement().setAttribute("lang", language);
        }
    }
}
