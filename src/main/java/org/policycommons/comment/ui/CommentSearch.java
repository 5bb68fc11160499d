package org.policycommons.comment.ui;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.policycommons.comment.CommentService;
import org.policycommons.common.RuleViolation;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.shell.ui.Drawn;
import org.policycommons.shell.ui.FormError;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Searching the comments on a version by words, before its sections: the most relevant first, twenty at a time, each
 * with the section it is on and a link to it. A search that is empty or too long is refused, the words kept in the
 * box. Nothing is kept on the page until a search is made.
 */
final class CommentSearch extends Composite<com.vaadin.flow.component.html.Section> {

    private final CommentService comments;
    private final DraftVersion version;
    private final ZoneId zone;
    private final Map<Long, Section> sections = new HashMap<>();
    private final TextField words = new TextField();
    /** A refusal, said under the form; made when first needed. */
    private FormError error;
    /** The found comments, made at the first search. */
    private Div results;
    private final Paragraph summary = new Paragraph();
    /** "More results", made when there are more than a page. */
    private Button more;
    private int pages = 1;

    CommentSearch(CommentService comments, DraftVersion version, ZoneId zone) {
        this.comments = comments;
        this.version = version;
        this.zone = zone;
        version.sections().forEach(s -> sections.put(s.id(), s));
        com.vaadin.flow.component.html.Section content = getContent();
        content.setId("comment-search");
        content.addClassName("comment-search");
        H2 heading = Drawn.text(new H2(), getTranslation("comment.search.heading"));
        heading.setId("comment-search-heading");
        content.getElement().setAttribute("aria-labelledby", "comment-search-heading");
        words.setId("comment-search-words");
        words.setLabel(getTranslation("comment.search.label"));
        words.setClearButtonVisible(true);
        words.addKeyPressListener(Key.ENTER, e -> search());
        Button go = Drawn.text(new Button(), getTranslation("comment.search.go"));
        go.addClickListener(e -> search());
        go.setId("comment-search-go");
        summary.setId("comment-search-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        Div form = new Div(words, go);
        form.addClassName("comment-search-form");
        content.add(heading, form, summary);
    }

    private void search() {
        pages = 1;
        show();
    }

    private void show() {
        if (error != null) {
            error.clear();
        }
        Page<CommentService.Found> found;
        try {
            found = comments.search(version.id(), words.getValue(), true, PageRequest.of(0, SectionComments.PAGE * pages));
        } catch (RuleViolation refused) {
            if (error == null) {
                error = new FormError("comment-search-error");
                getContent().addComponentAtIndex(getContent().indexOf(summary), error);
            }
            error.show(refused);
            words.setInvalid(true);
            return;
        }
        words.setInvalid(false);
        summary.setText(found.isEmpty() ? getTranslation("comment.search.none", words.getValue().strip())
                : getTranslation("comment.search.found", found.getTotalElements(), words.getValue().strip()));
        if (results == null) {
            results = new Div();
            results.setId("comment-search-results");
            results.addClassName("comment-list");
            getContent().addComponentAtIndex(getContent().indexOf(summary) + 1, results);
        }
        results.removeAll();
        found.getContent().forEach(f -> results.add(card(f)));
        if (found.hasNext() && more == null) {
            more = new Button(getTranslation("comment.search.more"), e -> {
                pages++;
                show();
            });
            more.setId("comment-search-more");
            getContent().add(more);
        }
        if (more != null) {
            more.setVisible(found.hasNext());
        }
    }

    private Article card(CommentService.Found found) {
        Article card = new Article();
        card.setId("found-" + found.comment().id());
        card.addClassName("comment");
        card.add(new CommentHeader(found.comment(), zone, null));
        Section section = sections.get(found.sectionId());
        Paragraph where = new Paragraph();
        where.addClassName("comment-channel");
        if (section != null) {
            where.add(new Anchor("#section-" + section.number(),
                    getTranslation("comment.search.on-section", section.number(), section.heading())));
        } else {
            where.add(new Span(getTranslation("intake.whole-draft.short")));
        }
        card.add(where);
        if (found.comment().stance() != null) {
            card.add(CommentParts.stance(this, found.comment()));
        }
        card.add(CommentParts.body(found.comment()));
        return card;
    }
}
