package org.policycommons.comment.ui;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policycommons.comment.Attachments;
import org.policycommons.comment.Comment;
import org.policycommons.comment.CommentQuery;
import org.policycommons.comment.CommentService;
import org.policycommons.common.Markup;
import org.policycommons.comment.StaffTranslations;
import org.policycommons.comment.Stance;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.shell.ui.Drawn;
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
    /** The heading, with the count. */
    private final com.vaadin.flow.dom.Element heading = new com.vaadin.flow.dom.Element("h3");
    /**
     * "Comment on section n" and "Sort and filter": drawn from markup as one element, plain HTML buttons heard by one
     * listener (docs/decisions/031); drawn again only when one of them changes, and the focus kept.
     */
    private final com.vaadin.flow.dom.Element head = new com.vaadin.flow.dom.Element("div");
    /** Where a refusal is said, under the heading; made when first needed. */
    private FormError error;
    private final Div news = new Div();
    private final Div list = new Div();
    /** "More comments", made when there are more than the first page. */
    private Button more;
    private final ZoneId zone;
    private final StaffTranslations staff;
    private final Attachments attachments;
    private final Map<Long, CommentCard> cards = new HashMap<>();
    /** The order and filters, made while they are open; null: all comments, oldest first. */
    private CommentFilters filters;
    private final boolean canComment;
    private final List<Locale> languages;
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
        this.canComment = canComment;
        this.languages = languages;
        heading.setAttribute("id", "comments-heading-" + n);
        head.setAttribute("class", "section-comments-tools");
        news.setId("comments-news-" + n);
        news.addClassName("visually-hidden");
        news.getElement().setAttribute("aria-live", "polite");
        list.setId("comment-list-" + n);
        list.addClassName("comment-list");
        content.getElement().appendChild(heading, head);
        content.add(news);
        Drawn.onAction(head, action -> {
            if (action.equals("write")) {
                openForm(true);
            } else if (action.equals("filters")) {
                toggleFilters();
            }
        });
        if (canComment) {
            // Closed until asked, so the text reads as a document on a phone and the page holds a button, not a form;
            // a comment being written when the tab reloaded opens it again.
            KeptDraft.keptTargets(this, found -> {
                if (found.getOrDefault(KEPT_KIND, List.of()).contains(section.id())) {
                    openForm(false);
                }
            }, KEPT_KIND);
        }
        content.add(list);
        drawHead();
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

    /**
     * Puts a part in the section's order (heading, buttons, error, live region, filters, form, threads) by element:
     * the heading and buttons are elements with no component, which a component index would not count.
     */
    private void placeBefore(com.vaadin.flow.component.Component added,
                             com.vaadin.flow.component.Component before) {
        com.vaadin.flow.dom.Element content = getContent().getElement();
        content.insertChild(content.indexOfChild(before.getElement()), added.getElement());
    }

    private void clearError() {
        if (error != null) {
            error.clear();
        }
    }

    private FormError error() {
        if (error == null) {
            error = new FormError("comments-error-" + section.number());
            placeBefore(error, news);
        }
        return error;
    }

    /** Opens the comment form in the button's place; focused when the reader asked for it. */
    private void openForm(boolean focus) {
        if (form != null || !canComment) {
            return;
        }
        form = new CommentForm(section, this::post);
        placeBefore(form, list);
        drawHead();
        if (focus) {
            form.focusFirst();
        }
    }

    /** Opens the order and filters under the buttons, or closes them, every choice undone; the focus stays. */
    private void toggleFilters() {
        Div content = getContent();
        if (filters == null) {
            List<VoterGroup> tooSmall = comments.groupsTooSmallOn(section.id());
            filters = new CommentFilters(String.valueOf(section.number()), languages,
                    Arrays.stream(VoterGroup.values()).filter(g -> !tooSmall.contains(g)).toList(), () -> {
                        pages = 1;
                        reload();
                    });
            // Right under their button, before a form: the next stop of the keyboard.
            placeBefore(filters, form != null ? form : list);
        } else {
            content.remove(filters);
            filters = null;
            pages = 1;
            reload();
        }
        drawHead();
        head.executeJs("const toggle = this.querySelector('#comment-filters-' + $0); if (toggle) { toggle.focus(); }",
                section.number());
    }

    /** "Comment on section n" until the form is open, and "Sort and filter". */
    private void drawHead() {
        String n = String.valueOf(section.number());
        Markup drawn = new Markup();
        if (canComment && form == null) {
            drawn.element("button", getTranslation("comment.form.open", section.number()), "type", "button",
                    "id", "comment-open-" + n, "class", "comment-open", "data-action", "write",
                    "aria-expanded", "false");
        }
        boolean open = filters != null;
        drawn.element("button", getTranslation(open ? "comment.filter.close" : "comment.filter.open"),
                "type", "button", "id", "comment-filters-" + n, "class", "comment-filter-toggle",
                "data-action", "filters", "aria-expanded", String.valueOf(open),
                "aria-controls", open ? CommentFilters.controlsId(n) : null);
        head.setProperty("innerHTML", drawn.toString());
    }

    private void post(Stance stance, String body, String quote) {
        comments.post(section.id(), stance, body, quote, getLocale());
        clearError();
        reload();
        news.setText(getTranslation("comment.form.posted"));
    }

    private void reload() {
        stamp = comments.stamp(section.id());
        try {
            show(comments.comments(section.id(), filters == null ? CommentQuery.ALL : filters.query(),
                    PageRequest.of(0, PAGE * pages)));
        } catch (RuleViolation refused) {
            error().show(refused);
        }
    }

    private void show(Page<Comment> page) {
        heading.setProperty("innerHTML", Markup.escape(getTranslation("comment.heading", section.number(),
                page.getTotalElements())));
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
            list.add(Drawn.text(new Paragraph(), getTranslation("comment.none")));
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

    /** A comment and its replies; a comment without replies is its own thread, with no wrapper to hold. */
    private com.vaadin.flow.component.Component thread(Comment comment, CommentCard.Actions actions, ZoneId zone) {
        CommentCard card = new CommentCard(comment, actions, zone);
        cards.put(comment.id(), card);
        if (comment.replies().isEmpty()) {
            card.getElement().getClassList().add("comment-thread");
            return card;
        }
        Div thread = new Div(card);
        thread.addClassName("comment-thread");
        Div replies = new Div();
        replies.addClassName("comment-replies");
        comment.replies().forEach(reply -> replies.add(thread(reply, actions, zone)));
        thread.add(replies);
        return thread;
    }

    /** Each action: on success the threads show the change; on refusal the reason shows and the input stays. */
    private final class CardActions extends ListedCardActions {

        CardActions() {
            super(comments, staff, attachments, SectionComments.this::error, SectionComments.this::clearError, news,
                    SectionComments.this::reload);
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
