package org.policycommons.comment.ui;

import java.util.Locale;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.policycommons.comment.Comment;
import org.policycommons.common.Markup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The parts every comment card shows the same way: its stance as a badge, and its words in their own language. */
final class CommentParts {

    private CommentParts() {
    }

    /** {@link CommentHeader}, written into a card's markup. */
    static void header(Markup to, Comment comment, ZoneId zone, FormatStyle time, Component card, Locale locale) {
        DateTimeFormatter when = time == null
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                : DateTimeFormatter.ofLocalizedDateTime(time).withLocale(locale);
        to.open("div", "class", "comment-header")
                .element("span", comment.author().shownAs(), "class", "comment-author")
                .element("span", " · " + card.getTranslation(comment.author().groupKey()))
                .element("span", " · " + when.format(comment.createdAt().atZone(zone)));
        if (comment.editedAt() != null) {
            to.element("span", " · " + card.getTranslation("comment.edited"));
        }
        to.close("div");
    }

    /** {@link #stance(Component, Comment)}, written into a card's markup. */
    static void stance(Markup to, Component card, Comment comment) {
        to.open("div").element("span", card.getTranslation(comment.stance().translationKey()),
                "class", "stance stance-" + comment.stance().name().toLowerCase(Locale.ROOT)).close("div");
    }

    /** {@link #body(Comment)}, written into a card's markup. */
    static void body(Markup to, Comment comment) {
        to.element("p", comment.body(), "class", "comment-body", "lang", comment.language() == null ? null
                : Locale.forLanguageTag(comment.language()).getLanguage());
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
