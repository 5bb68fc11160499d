package org.policycommons.comment.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.policycommons.comment.Comment;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Who wrote a comment (a student by pseudonym), in which group, and when: the first line of every comment card. */
final class CommentHeader extends Composite<Div> {

    CommentHeader(Comment comment, ZoneId zone, FormatStyle time) {
        Div header = getContent();
        header.addClassName("comment-header");
        DateTimeFormatter when = time == null
                ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                : DateTimeFormatter.ofLocalizedDateTime(time).withLocale(getLocale());
        Span author = new Span(comment.author().shownAs());
        author.addClassName("comment-author");
        header.add(author, new Span(" · " + getTranslation(comment.author().groupKey())),
                new Span(" · " + when.format(comment.createdAt().atZone(zone))));
        if (comment.editedAt() != null) {
            header.add(new Span(" · " + getTranslation("comment.edited")));
        }
    }
}
