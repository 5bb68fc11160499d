package org.policycommons.comment.ui;

import java.time.ZoneId;

import org.policycommons.comment.Attachments;
import org.policycommons.comment.Comment;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.StaffTranslations;
import org.policycommons.comment.Stance;
import org.policycommons.draft.DraftVersion;
import org.policycommons.shell.ui.FormError;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * Input on the draft as a whole, after the sections: only input received outside the portal is on no section (a
 * letter about the whole policy), shown with its channel, twenty at a time. It has no replies; it may be flagged,
 * co-signed and translated like any comment.
 */
final class WholeDraftInput extends Composite<Section> {

    private final CommentService comments;
    private final StaffTranslations staff;
    private final Attachments attachments;
    private final DraftVersion version;
    private final ZoneId zone;
    private final H2 heading = new H2();
    private final FormError error = new FormError();
    private final Div news = new Div();
    private final Div list = new Div();
    private final Button more = new Button();
    private int pages = 1;

    WholeDraftInput(CommentService comments, StaffTranslations staff, Attachments attachments,
                    DraftVersion version, ZoneId zone, Page<Comment> first) {
        this.attachments = attachments;
        this.comments = comments;
        this.staff = staff;
        this.version = version;
        this.zone = zone;
        Section content = getContent();
        content.setId("whole-draft-input");
        content.addClassName("section-comments");
        heading.setId("whole-draft-heading");
        error.setId("whole-draft-error");
        news.setId("whole-draft-news");
        news.addClassName("visually-hidden");
        news.getElement().setAttribute("aria-live", "polite");
        list.setId("whole-draft-list");
        list.addClassName("comment-list");
        more.setId("more-whole-draft");
        more.setText(getTranslation("comment.more"));
        more.addClickListener(e -> {
            pages++;
            reload();
        });
        content.add(heading, new Paragraph(getTranslation("intake.whole-draft.lead")), error, news, list, more);
        show(first);
    }

    private void reload() {
        show(comments.wholeDraft(version.id(), true, PageRequest.of(0, SectionComments.PAGE * pages)));
    }

    private void show(Page<Comment> page) {
        heading.setText(getTranslation("intake.whole-draft.heading", page.getTotalElements()));
        list.removeAll();
        CommentCard.Actions actions = new CardActions();
        page.getContent().forEach(comment -> {
            Div thread = new Div(new CommentCard(comment, actions, zone));
            thread.addClassName("comment-thread");
            list.add(thread);
        });
        more.setVisible(page.hasNext());
    }

    /** Flag, co-sign, history and translation; nobody replies to or edits input on the draft as a whole here. */
    private final class CardActions extends ListedCardActions {

        CardActions() {
            super(comments, staff, attachments, () -> error, error::clear, news, WholeDraftInput.this::reload);
        }

        @Override
        public void reply(long parentId, String text, Runnable posted) {
            throw new IllegalStateException("Input on the draft as a whole has no replies");
        }

        @Override
        public void edit(Comment comment, Stance stance, String text, String quote, Runnable saved) {
            throw new IllegalStateException("Staff correct input received outside the portal on the intake page");
        }

        @Override
        public void withdraw(long commentId) {
            throw new IllegalStateException("Staff withdraw input received outside the portal on the intake page");
        }
    }
}
