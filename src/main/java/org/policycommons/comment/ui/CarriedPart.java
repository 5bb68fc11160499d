package org.policycommons.comment.ui;

import java.time.ZoneId;
import java.util.List;

import org.policycommons.comment.CarriedComments;
import org.policycommons.comment.Comment;
import org.policycommons.common.RuleViolation;
import org.policycommons.draft.DraftVersion;
import org.policycommons.shell.ui.FormError;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * "From earlier versions" under a section of a later version (or under a removed section's heading, after the
 * sections): how many comments of earlier versions it carries and on what text, and, once the reader asks, the
 * comments themselves, twenty at a time, each marked unchanged, changed (with the redline) or removed. They take no
 * reply and no edit; their author may stand by one on the latest version. Nothing is loaded until asked: the page
 * holds only the counts.
 */
final class CarriedPart extends Composite<Div> {

    private final CarriedComments carried;
    private final DraftVersion version;
    private final CarriedComments.Part part;
    private final String idSuffix;
    private final String slug;
    private final ZoneId zone;
    private final FormError error = new FormError();
    private final Div news = new Div();
    private final Div list = new Div();
    private final Button toggle = new Button();
    private final Button more = new Button();
    private int pages = 0;

    /**
     * @param idSuffix what makes this part's element ids unique on the page: the section's number, or
     *                 {@code removed-<n>}
     */
    CarriedPart(CarriedComments carried, DraftVersion version, CarriedComments.Part part, String idSuffix, String slug,
                ZoneId zone, boolean removed) {
        this.carried = carried;
        this.version = version;
        this.part = part;
        this.idSuffix = idSuffix;
        this.slug = slug;
        this.zone = zone;
        Div content = getContent();
        content.addClassName("carried-comments");
        content.setId("carried-" + idSuffix);
        if (removed) {
            H3 heading = new H3(getTranslation("comment.carried.removed-heading", part.heading()));
            heading.setId("carried-heading-" + idSuffix);
            content.add(heading);
        } else {
            H3 heading = new H3(getTranslation("comment.carried.heading", part.total()));
            heading.setId("carried-heading-" + idSuffix);
            content.add(heading);
        }
        Paragraph counts = new Paragraph(removed
                ? getTranslation("comment.carried.removed-count", part.total(), version.number())
                : getTranslation("comment.carried.counts", part.count(CarriedComments.Mark.UNCHANGED),
                part.count(CarriedComments.Mark.CHANGED)));
        counts.setId("carried-counts-" + idSuffix);
        error.setId("carried-error-" + idSuffix);
        news.setId("carried-news-" + idSuffix);
        news.getElement().setAttribute("aria-live", "polite");
        list.setId("carried-list-" + idSuffix);
        list.addClassName("comment-list");
        list.setVisible(false);
        toggle.setId("carried-show-" + idSuffix);
        toggle.setText(getTranslation("comment.carried.show"));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.getElement().setAttribute("aria-controls", list.getId().orElseThrow());
        toggle.addClickListener(e -> toggle());
        more.setId("carried-more-" + idSuffix);
        more.setText(getTranslation("comment.more"));
        more.setVisible(false);
        more.addClickListener(e -> {
            pages++;
            load();
        });
        content.add(counts, toggle, error, news, list, more);
    }

    private void toggle() {
        boolean open = !list.isVisible();
        list.setVisible(open);
        toggle.setText(getTranslation(open ? "comment.carried.hide" : "comment.carried.show"));
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        if (open) {
            pages = Math.max(pages, 1);
            load();
        } else {
            // Closed again: nothing kept but the counts.
            list.removeAll();
            more.setVisible(false);
        }
    }

    private void load() {
        Page<CarriedComments.Carried> page = carried.into(version, part.sectionKey(), true,
                PageRequest.of(0, SectionComments.PAGE * pages));
        list.removeAll();
        page.getContent().forEach(c -> list.add(card(c)));
        more.setVisible(page.hasNext());
    }

    private Article card(CarriedComments.Carried carriedComment) {
        Comment comment = carriedComment.comment();
        Article card = new Article();
        card.setId("carried-comment-" + comment.id());
        card.addClassName("comment");
        card.addClassName("carried");
        card.add(new CommentHeader(comment, zone, null));
        Paragraph mark = new Paragraph(getTranslation("comment.carried.from-version", carriedComment.fromVersion())
                + " · " + getTranslation(carriedComment.mark().translationKey()));
        mark.addClassName("comment-channel");
        mark.setId("carried-mark-" + comment.id());
        if (carriedComment.mark() == CarriedComments.Mark.CHANGED) {
            Anchor redline = new Anchor("d/" + slug + "/drafts/" + version.draftId() + "/compare/"
                    + carriedComment.fromVersion() + "/" + version.number() + "#redline-" + part.sectionKey(),
                    getTranslation("comment.carried.see-change"));
            redline.setId("carried-redline-" + comment.id());
            redline.getElement().setAttribute("aria-label", getTranslation("comment.carried.see-change-of",
                    carriedComment.fromVersion(), version.number()));
            mark.add(new Span(" · "), redline);
        }
        card.add(mark);
        if (comment.stance() != null) {
            card.add(CommentParts.stance(this, comment));
        }
        card.add(CommentParts.body(comment));
        if (carriedComment.canStandBy()) {
            Button standBy = new Button(getTranslation("comment.carried.stand-by", version.number()),
                    e -> standBy(comment.id()));
            standBy.setId("stand-by-" + comment.id());
            standBy.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(new Div(standBy));
        }
        return card;
    }

    private void standBy(long commentId) {
        error.clear();
        try {
            carried.standBy(commentId);
            news.setText(getTranslation("comment.carried.stood-by", version.number()));
            load();
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }

    /** After the sections: the comments of sections this version removed, each under the heading it had. */
    static final class Removed extends Composite<Section> {

        Removed(CarriedComments carried, DraftVersion version, List<CarriedComments.Part> removed, String slug,
                ZoneId zone) {
            Section content = getContent();
            content.setId("removed-sections");
            content.addClassName("section-comments");
            content.add(new H2(getTranslation("comment.carried.removed-title", version.number())));
            for (int i = 0; i < removed.size(); i++) {
                content.add(new CarriedPart(carried, version, removed.get(i), "removed-" + (i + 1), slug, zone, true));
            }
        }
    }
}
