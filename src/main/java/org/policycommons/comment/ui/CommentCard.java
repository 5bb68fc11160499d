package org.policycommons.comment.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.policycommons.comment.Attachments;
import org.policycommons.common.Markup;
import org.policycommons.comment.Comment;
import org.policycommons.comment.Stance;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.shell.ui.Drawn;
import org.policycommons.shell.ui.KeptDraft;
import org.policycommons.text.ui.ShownText;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * One comment or reply: who wrote it (a student by pseudonym), their role, its stance, the quoted passage and the
 * text, its co-signers, and what the reader may do with it. A withdrawn or hidden comment shows only that it was.
 */
final class CommentCard extends Composite<Article> {

    /** What the card asks its section to do; each throws {@code CycleRuleViolation} when refused. */
    interface Actions {
        /** Posts a reply; {@code posted} runs once it is saved, before the threads show it. */
        void reply(long parentId, String text, Runnable posted);

        /** Saves an edit; {@code saved} runs once it is saved, before the threads show it. */
        void edit(Comment comment, Stance stance, String text, String quote, Runnable saved);

        void withdraw(long commentId);

        void cosign(long commentId);

        void flag(long commentId, String reason);

        /** Earlier wordings of an edited comment, oldest first, for its author and the moderators. */
        List<String> earlierWordings(long commentId);

        /** Saves the district's translation of a comment into a language (blank text: takes it away). */
        void translate(long commentId, Locale language, String text);

        /** The languages a comment written in this one may be translated into. */
        List<Locale> translationTargets(String language);

        /** A file attached to a comment, to download (refused if the reader may not read it). */
        Attachments.Download download(long attachmentId);

        /** Attaches a position paper to the reader's own comment. */
        void attach(long commentId, String fileName, byte[] content);

        /** Whether the reader may attach one more file to this comment now, and how large it may be. */
        boolean canAttach(Comment comment);

        long maxAttachmentBytes();

        /** Takes away a file the reader attached. */
        void removeAttachment(long attachmentId);

        /** Shows a refusal the browser made before the server saw anything (a file too big or of the wrong type). */
        void refused(String key, Object... arguments);
    }

    private final Comment comment;
    private final Actions actions;
    /** Where a reply, edit or other form opens, made when one does. */
    private Div controls;
    private boolean canReply;
    /** The actions this card offers the reader: a click is run only if it names one of them. */
    private final java.util.Set<String> offered = new java.util.HashSet<>(4);

    CommentCard(Comment comment, Actions actions, ZoneId zone) {
        this.comment = comment;
        this.actions = actions;
        Article card = getContent();
        card.setId("comment-" + comment.id());
        card.addClassName("comment");
        card.addClassName("depth-" + comment.depth());
        // What only reads is one string of markup, one node: a tree of components for it was most of what a
        // session held on the draft page (docs/decisions/031).
        Markup shown = new Markup();
        CommentParts.header(shown, comment, zone, FormatStyle.MEDIUM, this, getLocale());
        if (comment.received() != null) {
            Comment.Received received = comment.received();
            shown.element("p", getTranslation(received.channel().receivedKey()) + " · "
                    + getTranslation(received.kind().translationKey()) + " · "
                    + getTranslation("comment.channel.received-on",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(received.on())),
                    "class", "comment-channel", "id", "channel-" + comment.id());
        }
        if (comment.standsByVersion() != null) {
            shown.element("p", getTranslation("comment.carried.stands-by", comment.standsByVersion()),
                    "class", "comment-channel", "id", "stands-by-" + comment.id());
        }
        switch (comment.status()) {
            case HIDDEN -> {
                shown.open("p");
                ShownText.writeWithin(shown, getTranslation("comment.hidden", ShownText.SLOT), comment.hiddenReason(),
                        getLocale(), this::fallbackNote);
                shown.close("p");
            }
            case WITHDRAWN -> shown.element("p", getTranslation("comment.withdrawn"));
            case VISIBLE -> showText(shown);
        }
        for (Comment.Answer answer : comment.responses()) {
            shown.open("div", "class", "comment-response")
                    .element("span", getTranslation("response.under-comment",
                            getTranslation(answer.disposition().translationKey())), "class", "comment-response-label")
                    .open("p", "class", "comment-body");
            ShownText.write(shown, answer.body(), getLocale(), this::fallbackNote);
            shown.close("p").close("div");
        }
        boolean actionsApart = !comment.attachments().isEmpty();
        if (actionsApart) {
            card.getElement().appendChild(Drawn.of("div", shown, "class", "comment-drawn"));
            card.add(attachments());
            shown = new Markup();
        }
        if (comment.visible()) {
            addActionButtons(shown);
        }
        if (!shown.toString().isEmpty()) {
            card.getElement().appendChild(Drawn.of("div", shown, "class", "comment-drawn"));
        }
        if (comment.visible() && actions.canAttach(comment)) {
            Div attach = new Div(attachUpload());
            attach.addClassName("comment-actions");
            card.add(attach);
        }
    }

    private String fallbackNote(String languageName) {
        return getTranslation("text.fallback-note", languageName);
    }

    private void showText(Markup shown) {
        if (comment.stance() != null) {
            CommentParts.stance(shown, this, comment);
        }
        if (comment.quote() != null) {
            shown.element("blockquote", comment.quote(), "class", "comment-quote", "lang", comment.quoteLanguage());
        }
        CommentParts.body(shown, comment);
        // The district's translation into the reader's language, beside the original, never in its place.
        Locale reader = getLocale();
        comment.byDistrict().in(reader).filter(t -> comment.language() == null
                || !Locale.forLanguageTag(comment.language()).getLanguage().equals(reader.getLanguage()))
                .ifPresent(translation -> shown
                        .open("div", "class", "comment-staff-translation", "id", "staff-translation-" + comment.id())
                        .element("span", getTranslation("comment.translation.label"), "class", "comment-response-label")
                        .element("p", translation, "lang", reader.getLanguage())
                        .close("div"));
        if (!comment.cosignedBy().isEmpty()) {
            shown.element("p", getTranslation("comment.cosigned-by", String.join(", ", comment.cosignedBy())),
                    "class", "cosigned");
        }
    }

    /**
     * The reader's actions on this comment, as plain HTML buttons in the card's markup with one click listener on
     * the card for them all: a Vaadin button component for each action of each card was most of what a session held
     * on the draft page (docs/benchmarks.md). Only the actions offered here are run, whatever a click claims; the
     * services check again.
     */
    private void addActionButtons(Markup shown) {
        boolean commenter = CurrentUser.get().map(u -> u.roles().stream().anyMatch(r -> r == PortalRole.FAMILY
                || r == PortalRole.STUDENT || r == PortalRole.EDUCATOR || r == PortalRole.CIVIL_RIGHTS
                || r == PortalRole.PARTNER)).orElse(false);
        Markup buttons = new Markup();
        // Input on the draft as a whole has no section to reply under.
        canReply = commenter && comment.depth() < 2 && comment.sectionId() != 0;
        if (canReply) {
            action(buttons, "reply", "comment.action.reply");
        }
        if (comment.editable()) {
            action(buttons, "edit", "comment.action.edit");
            action(buttons, "withdraw", "comment.action.withdraw");
        }
        boolean civilRights = CurrentUser.get().map(u -> u.hasRole(PortalRole.CIVIL_RIGHTS)).orElse(false);
        if (civilRights && comment.depth() == 0 && !comment.mine()) {
            action(buttons, "cosign", "comment.action.cosign");
        }
        if (!comment.mine()) {
            action(buttons, "flag", "comment.action.flag");
        }
        boolean moderator = CurrentUser.get().map(u -> u.hasRole(PortalRole.MODERATOR)
                || u.hasRole(PortalRole.DISTRICT_ADMIN)).orElse(false);
        if (comment.editedAt() != null && (comment.mine() || moderator)) {
            action(buttons, "history", "comment.action.history");
        }
        boolean admin = CurrentUser.get().map(u -> u.hasRole(PortalRole.DISTRICT_ADMIN)).orElse(false);
        if (admin && comment.language() != null && !actions.translationTargets(comment.language()).isEmpty()) {
            action(buttons, "translate", "comment.action.translate");
        }
        if (offered.isEmpty()) {
            return;
        }
        shown.open("div", "class", "comment-actions").trusted(buttons.toString()).close("div");
        Drawn.onAction(getContent().getElement(), this::act);
    }

    /** A plain button for an action; the same label appears on every comment, so its name says which one. */
    private void action(Markup buttons, String action, String label) {
        buttons.element("button", getTranslation(label), "type", "button", "id", action + "-" + comment.id(),
                "class", "comment-action", "data-action", action,
                "aria-label", getTranslation(label + "-of", comment.author().shownAs()));
        offered.add(action);
    }

    private void act(String action) {
        if (!offered.contains(action)) {
            return;
        }
        switch (action) {
            case "reply" -> openReply();
            case "edit" -> openEdit();
            case "withdraw" -> openWithdraw();
            case "cosign" -> actions.cosign(comment.id());
            case "flag" -> openFlag();
            case "history" -> openHistory();
            case "translate" -> openTranslate();
            default -> { }
        }
    }

    /** The files attached to it, each a download named with its type and size. */
    private Div attachments() {
        Div files = new Div();
        files.addClassName("comment-attachments");
        files.setId("attachments-" + comment.id());
        files.add(new Span(getTranslation("attachment.heading")));
        UnorderedList list = new UnorderedList();
        for (Attachments.Attached file : comment.attachments()) {
            Anchor link = new Anchor(event -> {
                Attachments.Download download = actions.download(file.id());
                event.setFileName(download.fileName());
                event.setContentType(download.contentType());
                event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                event.getOutputStream().write(download.content());
            }, getTranslation("attachment.link", file.fileName(), typeName(file.contentType()),
                    sizeOf(file.sizeBytes())));
            link.setId("attachment-" + file.id());
            ListItem item = new ListItem(link);
            if (comment.attachable()) {
                Button remove = new Button(getTranslation("attachment.remove"),
                        e -> actions.removeAttachment(file.id()));
                remove.setId("remove-attachment-" + file.id());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.getElement().setAttribute("aria-label", getTranslation("attachment.remove-of", file.fileName()));
                item.add(remove);
            }
            list.add(item);
        }
        files.add(list);
        return files;
    }

    private String typeName(String contentType) {
        return getTranslation("attachment.type." + contentType.substring(contentType.indexOf('/') + 1));
    }

    private String sizeOf(long bytes) {
        return bytes >= 1024 * 1024 ? getTranslation("attachment.size-mb", Math.round(bytes / 104857.6) / 10.0)
                : getTranslation("attachment.size-kb", Math.max(1, Math.round(bytes / 1024.0)));
    }

    /** An upload for a position paper, in the card of one's own comment. */
    private Upload attachUpload() {
        Button choose = new Button(getTranslation("attachment.attach"));
        choose.getElement().setAttribute("aria-label", getTranslation("attachment.attach-of",
                comment.author().shownAs()));
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            Runnable attach = () -> {
                // Ready for another file, whether this one is taken or refused.
                upload.clearFileList();
                actions.attach(comment.id(), metadata.fileName(), bytes);
            };
            getUI().ifPresent(ui -> ui.access(attach::run));
        }));
        upload.setId("attach-" + comment.id());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, actions.maxAttachmentBytes()));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setUploadButton(choose);
        upload.setDropAllowed(false);
        upload.addFileRejectedListener(e -> actions.refused("attachment.error.rejected",
                actions.maxAttachmentBytes() / (1024 * 1024)));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("attachment.attach")).setMany(getTranslation("attachment.attach")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("attachment.attach")).setMany(getTranslation("attachment.attach")));
        upload.setI18n(i18n);
        return upload;
    }

    /** Opens the reply or edit form again after a reload, when the browser kept what was being written there. */
    void reopen(String kind) {
        if (kind.equals(REPLY) && canReply) {
            openReply();
        } else if (kind.equals(EDIT) && comment.editable()) {
            openEdit();
        }
    }

    static final String REPLY = "reply";
    static final String EDIT = "edit";

    private void openReply() {
        TextArea text = new TextArea(getTranslation("comment.reply.text"));
        text.setId("reply-text-" + comment.id());
        text.setWidthFull();
        KeptDraft draft = KeptDraft.keep(text, REPLY, comment.id());
        Button send = new Button(getTranslation("comment.reply.send"),
                e -> actions.reply(comment.id(), text.getValue(), draft::forget));
        send.setId("send-reply-" + comment.id());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show(text, draft.note(), send);
        text.focus();
    }

    private void openEdit() {
        RadioButtonGroup<Stance> stance = new RadioButtonGroup<>(getTranslation("comment.form.stance"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        stance.setValue(comment.stance());
        stance.setVisible(comment.depth() == 0);
        TextArea text = new TextArea(getTranslation("comment.form.text"), comment.body(), "");
        text.setId("edit-text-" + comment.id());
        text.setWidthFull();
        TextField quote = new TextField(getTranslation("comment.form.quote"));
        quote.setValue(comment.quote() == null ? "" : comment.quote());
        quote.setVisible(comment.depth() == 0);
        quote.setWidthFull();
        KeptDraft draft = KeptDraft.keepOver(text, EDIT, comment.id());
        Button save = new Button(getTranslation("comment.edit.save"),
                e -> actions.edit(comment, stance.getValue(), text.getValue(), quote.getValue(), draft::forget));
        save.setId("save-edit-" + comment.id());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show(stance, text, draft.note(), quote, save);
        text.focus();
    }

    private void openWithdraw() {
        Paragraph question = new Paragraph(getTranslation("comment.withdraw.question"));
        Button confirm = new Button(getTranslation("comment.withdraw.confirm"), e -> actions.withdraw(comment.id()));
        confirm.setId("confirm-withdraw-" + comment.id());
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        show(question, confirm);
        confirm.focus();
    }

    private void openFlag() {
        TextField reason = new TextField(getTranslation("comment.flag.reason"));
        reason.setId("flag-reason-" + comment.id());
        reason.setWidthFull();
        Button send = new Button(getTranslation("comment.flag.send"), e -> actions.flag(comment.id(), reason.getValue()));
        send.setId("send-flag-" + comment.id());
        show(reason, send);
        reason.focus();
    }

    private void openHistory() {
        OrderedList wordings = new OrderedList();
        wordings.setId("history-list-" + comment.id());
        actions.earlierWordings(comment.id()).forEach(text -> {
            Paragraph wording = new Paragraph(text);
            wording.addClassName("comment-body");
            wordings.add(new ListItem(wording));
        });
        show(new Paragraph(getTranslation("comment.history.title")), wordings);
    }

    /** A district admin's translation of the comment into one of the district's other languages. */
    private void openTranslate() {
        List<Locale> targets = actions.translationTargets(comment.language());
        Select<Locale> language = new Select<>();
        language.setId("translate-language-" + comment.id());
        language.setLabel(getTranslation("comment.translation.language"));
        language.setItems(targets);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(getLocale()));
        TextArea text = new TextArea(getTranslation("comment.translation.text"));
        text.setId("translate-text-" + comment.id());
        text.setWidthFull();
        text.setHelperText(getTranslation("comment.translation.help"));
        language.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                text.setValue(comment.byDistrict().in(e.getValue()).orElse(""));
                text.getElement().setAttribute("lang", e.getValue().getLanguage());
            }
        });
        language.setValue(targets.getFirst());
        Button save = new Button(getTranslation("comment.translation.save"),
                e -> actions.translate(comment.id(), language.getValue(), text.getValue()));
        save.setId("save-translation-" + comment.id());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show(language, text, save);
        text.focus();
    }

    private void show(Component... components) {
        if (controls == null) {
            controls = new Div();
            controls.addClassName("comment-controls");
            getContent().add(controls);
        }
        controls.removeAll();
        controls.add(components);
    }
}
