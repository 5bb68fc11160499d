package org.policycommons.comment.ui;

import java.util.Locale;

import org.policycommons.comment.Comment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The parts every comment card shows the same way: its stance as a badge, and its words in their own language. */
final class CommentParts {

    private CommentParts() {
    }

    /** The comment's stance, worded in the reader's language by the card it is on. */
    static Div stance(Component card, Comment comment) {
        Span stance = new Span(card.getTranslation(comment.stance().translationKey()));
        stance.addClassName("stance");
        stance.addClassName("stance-" + comment.stance().name().toLowerCase(Locale.ROOT));
        return new Div(stance);
    }

    /** The comment's words, marked with the language they were written in, whatever language the page is in. */
    static Paragraph body(Comment comment) {
        Paragraph body = new Paragraph(comment.body());
        body.addClassName("comment-body");
        if (comment.language() != null) {
            body.getElement().setAttribute("lang", Locale.forLanguageTag(comment.language()).getLanguage());
        }
        return body;
    }
}
