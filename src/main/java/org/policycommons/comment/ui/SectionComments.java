package org.policycommons.comment.ui;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policycommons.comment.Attachments;
import org.policycommons.comment.Comment;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.StaffTranslations;
import org.policycommons.comment.Stance;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.shell.ui.FormError;
import org.policycommons.shell.ui.KeptDraft;
import org.policycommons.common.RuleViolation;
import org.policycommons.vote.VoterGroup;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * A section's comments under its text: the form for those who may comment now, then the threads, twenty at a time.
 * New comments and replies appear as they are posted (push), and a polite live region says so for screen readers.
 */
final class SectionComments extends Composite<Div> {

    static final int PAGE = 20;

    private final CommentService comments;
    private final CommentBroadcaster broadcaster;
    private final CommentPoll poll;
    private final DraftVersion version;
    private final Section section;
    private final H3 heading = new H3();
    private final FormError error = new FormError();
    private final Div news = new Div();
    private final Div list = new Div();
    /** "More comments", made when there are more than the first page. */
    private Button more;
    private final ZoneId zone;
    private final StaffTranslations staff;
    private final Attachments attachments;
    private final Map<Long, CommentCard> cards = new HashMap<>();
    private final CommentFilters filters;
    /** The kind of text {@link KeptDraft} keeps for a new comment, by section. */
    private static final String KEPT_KIND = "comment";
    private CommentForm form;
    private int pages = 1;
    private long districtId;
    private Registration live;
    private String stamp = "";

    /**
     * @param canComment whether the reader may comment here now (the service checks again when they do)
     * @param firstPage  the first page of threads and the stamp, loaded with every other section's; null to load here
     */
    SectionComments(CommentService comments, CommentBroadcaster broadcaster, CommentPoll poll, DraftVersion version,
                    Section section, ZoneId zone, boolean canComment, CommentService.FirstPage firstPage,
                    StaffTranslations staff, Attachments attachments,
                    List<Locale> languages) {
        this.staff = staff;
        this.attachments = attachments;
        this.zone = zone;
        this.comments = comments;
        this.broadcaster = broadcaster;
        this.poll = poll;
        this.version = version;
        this.section = section;
        String n = String.valueOf(section.number());
        Div content = getContent();
        content.setId("comments-" + n);
        content.addClassName("section-comments");
        heading.setId("comments-heading-" + n);
        error.setId("comments-error-" + n);
        news.setId("comments-news-" + n);
        news.addClassName("visually-hidden");
        news.getElement().setAttribute("aria-live", "polite");
        list.setId("comment-list-" + n);
        list.addClassName("comment-list");
        content.add(heading, error, news);
        if (canComment) {
            // Closed until asked, so the text reads as a document on a phone and the page holds a button, not a form;
            // a comment being written when the tab reloaded opens it again.
            Button write = new Button(getTranslation("comment.form.open", section.number()));
            write.setId("comment-open-" + n);
            write.getElement().setAttribute("aria-expanded", "false");
            write.addClickListener(e -> openForm(write, true));
            content.add(write);
            KeptDraft.keptTargets(write, found -> {
                if (found.getOrDefault(KEPT_KIND, List.of()).contains(section.id())) {
                    openForm(write, false);
                }
            }, KEPT_KIND);
        }
        filters = new CommentFilters(n, languages, () -> {
            List<VoterGroup> tooSmall = comments.groupsTooSmallOn(section.id());
            return Arrays.stream(VoterGroup.values()).filter(g -> !tooSmall.contains(g)).toList();
        }, () -> {
                    pages = 1;
                    reload();
                });
        content.add(filters, list);
        if (firstPage == null) {
            reload();
        } else {
            stamp = firstPage.stamp();
            show(firstPage.page());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        districtId = CurrentDistrict.require();
        UI ui = event.getUI();
        live = broadcaster.register(districtId, version.id(), posted -> {
            if (posted.sectionId() == section.id()) {
                ui.access(() -> {
                    reload();
                    news.setText(getTranslation("comment.live.updated", section.number()));
                });
            }
        });
        // Changes made through another portal instance arrive with the version's poll: a cheap look first, a reload
        // only when this section's comments changed.
        poll.join(ui, section.id(), now -> {
            if (!now.equals(stamp)) {
                reload();
                news.setText(getTranslation("comment.live.updated", section.number()));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.remove();
            live = null;
        }
        poll.leave(event.getUI(), section.id());
    }

    /** Opens the comment form in the button's place; focused when the reader asked for it. */
    private void openForm(Button write, boolean focus) {
        if (form != null) {
            return;
        }
        form = new CommentForm(section, this::post);
        Div content = getContent();
        content.addComponentAtIndex(content.indexOf(write), form);
        content.remove(write);
        if (focus) {
            form.focusFirst();
        }
    }

    private void post(Stance stance, String body, String quote) {
        comments.post(section.id(), stance, body, quote, getLocale());
        error.clear();
        reload();
        news.setText(getTranslation("comment.form.posted"));
    }

    private void reload() {
        stamp = comments.stamp(section.id());
        try {
            show(comments.comments(section.id(), filters.query(),
                    PageRequest.of(0, PAGE * pages)));
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }

    private void show(Page<Comment> page) {
        heading.setText(getTranslation("comment.heading", section.number(), page.getTotalElements()));
        list.removeAll();
        cards.clear();
        CommentCard.Actions actions = new CardActions();
        for (Comment thread : page.getContent()) {
            list.add(thread(thread, actions, zone));
        }
        // A reply or an edit being written when the tab reloaded opens again, with its text.
        KeptDraft.keptTargets(list, found -> found.forEach((kind, ids) -> ids.forEach(id -> {
            CommentCard card = cards.get(id);
            if (card != null) {
                card.reopen(kind);
            }
        })), CommentCard.REPLY, CommentCard.EDIT);
        if (page.getTotalElements() == 0) {
            list.add(new Paragraph(getTranslation("comment.none")));
        }
        if (page.hasNext() && more == null) {
            more = new Button(getTranslation("comment.more"), e -> {
                pages++;
                reload();
            });
            more.setId("more-comments-" + section.number());
            getContent().add(more);
        }
        if (more != null) {
            more.setVisible(page.hasNext());
        }
    }

    private Div thread(Comment comment, CommentCard.Actions actions, ZoneId zone) {
        CommentCard card = new CommentCard(comment, actions, zone);
        cards.put(comment.id(), card);
        Div thread = new Div(card);
        thread.addClassName("comment-thread");
        if (!comment.replies().isEmpty()) {
            Div replies = new Div();
            replies.addClassName("comment-replies");
            comment.replies().forEach(reply -> replies.add(thread(reply, actions, zone)));
            thread.add(replies);
        }
        return thread;
    }

    /** Each action: on success the threads show the change; on refusal the reason shows and the input stays. */
    private final class CardActions extends ListedCardActions {

        CardActions() {
            super(comments, staff, attachments, error, news, SectionComments.this::reload);
        }

        @Override
        public void reply(long parentId, String text, Runnable posted) {
            run(() -> {
                comments.reply(parentId, text, getLocale());
                posted.run();
            }, "comment.reply.posted");
        }

        @Override
        public void edit(Comment comment, Stance stance, String text, String quote, Runnable saved) {
            run(() -> {
                comments.edit(comment.id(), comment.version(), stance, text, quote);
                saved.run();
            }, "comment.edit.saved");
        }

        @Override
        public void withdraw(long commentId) {
            run(() -> comments.withdraw(commentId), "comment.withdraw.done");
        }
    }
}
