package org.policycommons.shell.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.policycommons.identity.CurrentUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/**
 * Keeps what a person is writing in a text box in their browser tab (sessionStorage), so that a reload loses nothing:
 * a session that ended, a portal instance that died, a role change. The draft is keyed by district, person, kind of
 * text and what it answers; restored into an empty box after the reload, with a note saying so; forgotten once posted
 * ({@link #forget()}) and at sign-out ({@link #forgetAllOnClick}). It never leaves the browser.
 */
public final class KeptDraft {

    /** Every kept draft's key starts so; sign-out forgets them all. */
    public static final String PREFIX = "policy-commons-draft:";

    private final Component field;
    private final String key;
    private final Span note = new Span();

    private final boolean overInitialText;

    private KeptDraft(Component field, String key, boolean overInitialText) {
        this.field = field;
        this.key = key;
        this.overInitialText = overInitialText;
        note.addClassName("kept-draft");
        // A live region, present from the start and empty, so that screen readers announce the words when they come.
        note.getElement().setAttribute("role", "status");
    }

    /**
     * Keeps the text of this field (a text area or field) under {@code kind} and {@code target} (e.g. "comment" and
     * a section id). Returns the note to place beside it; it says "We kept what you were writing" when a draft came
     * back.
     */
    public static KeptDraft keep(Component field, String kind, Object target) {
        return keep(field, kind, target, false);
    }

    /**
     * The same for a box that opens with text in it (an edit of one's comment): a kept draft that differs replaces
     * that text.
     */
    public static KeptDraft keepOver(Component field, String kind, Object target) {
        return keep(field, kind, target, true);
    }

    private static KeptDraft keep(Component field, String kind, Object target, boolean overInitialText) {
        String who = CurrentUser.get().map(u -> u.districtSlug() + ":" + u.subject()).orElse("anonymous");
        KeptDraft draft = new KeptDraft(field, PREFIX + who + ":" + kind + ":" + target, overInitialText);
        draft.note.setId(field.getId().map(id -> id + "-kept").orElse(null));
        field.addAttachListener(attach -> draft.restore());
        if (field.isAttached()) {
            draft.restore();
        }
        return draft;
    }

    public Span note() {
        return note;
    }

    /**
     * The text was posted: the browser forgets it, and the note goes. Through the page, not the field, which the page
     * may be about to replace.
     */
    public void forget() {
        field.getUI().orElseGet(UI::getCurrent).getPage().executeJs("sessionStorage.removeItem($0)", key);
        note.setText("");
    }

    /**
     * Asks the browser which of these kinds of text the signed-in person was writing here when the tab reloaded, and
     * hands over each kind's targets (e.g. "reply" and the ids of the comments answered).
     */
    public static void keptTargets(Component anchor, Consumer<Map<String, List<Long>>> found, String... kinds) {
        String who = CurrentUser.get().map(u -> u.districtSlug() + ":" + u.subject()).orElse("anonymous");
        String prefix = PREFIX + who + ":";
        anchor.getElement().executeJs("""
                return Object.keys(sessionStorage).filter(key => key.startsWith($0) && sessionStorage.getItem(key))
                    .map(key => key.substring($0.length));""", prefix).then(String[].class, keys -> {
            Map<String, List<Long>> byKind = new HashMap<>();
            for (String key : keys) {
                String[] parts = key.split(":");
                if (parts.length == 2 && List.of(kinds).contains(parts[0]) && parts[1].matches("\\d{1,18}")) {
                    byKind.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(Long.parseLong(parts[1]));
                }
            }
            if (!byKind.isEmpty()) {
                found.accept(byKind);
            }
        });
    }

    /** Forgets every kept draft of the tab when this (the sign-out button) is clicked, before the sign-out starts. */
    public static void forgetAllOnClick(Component signOut) {
        signOut.getElement().executeJs("""
                this.addEventListener('click', () => Object.keys(sessionStorage)
                    .filter(key => key.startsWith($0)).forEach(key => sessionStorage.removeItem(key)));""", PREFIX);
    }

    @SuppressWarnings("unchecked")
    private void restore() {
        // The browser hands the kept text back to the server, which puts it in the box: the server's value is the
        // one a post reads.
        field.getElement().executeJs("""
                const key = $0;
                const box = this;
                if (!box.__policyCommonsDraft) {
                    box.__policyCommonsDraft = true;
                    box.addEventListener('input', () => {
                        if (box.value) { sessionStorage.setItem(key, box.value); } else { sessionStorage.removeItem(key); }
                    });
                }
                return sessionStorage.getItem(key) || '';""", key).then(String.class, kept -> {
            if (kept == null || kept.isEmpty() || !(field instanceof HasValue<?, ?> box)) {
                return;
            }
            HasValue<?, String> text = (HasValue<?, String>) box;
            String now = text.getValue();
            if (kept.equals(now)) {
                // Already back in the box (the page carried it over while it was rebuilt): say so all the same.
                note.setText(note.getTranslation("kept-draft.restored"));
            } else if (overInitialText || now == null || now.isEmpty()) {
                text.setValue(kept);
                note.setText(note.getTranslation("kept-draft.restored"));
            }
        });
    }
}
