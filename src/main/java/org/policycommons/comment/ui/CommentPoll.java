package org.policycommons.comment.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.policycommons.comment.CommentService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/**
 * One poll for all the sections of a version on a page: every 30 seconds one look at the stamps of the whole version
 * (three queries), and each section reloads only if its own stamp changed. Changes made through another portal
 * instance arrive this way; those made through this one arrive at once by push (docs/decisions/008).
 */
final class CommentPoll {

    private static final int EVERY_MILLIS = 30_000;

    private final CommentService comments;
    private final long versionId;
    private final Map<Long, Consumer<String>> sections = new LinkedHashMap<>();
    private Registration listener;

    CommentPoll(CommentService comments, long versionId) {
        this.comments = comments;
        this.versionId = versionId;
    }

    /** The section hears its stamp at every poll from now on. */
    void join(UI ui, long sectionId, Consumer<String> onStamp) {
        sections.put(sectionId, onStamp);
        if (listener == null) {
            listener = ui.addPollListener(event -> tick());
            ui.setPollInterval(EVERY_MILLIS);
        }
    }

    void leave(UI ui, long sectionId) {
        sections.remove(sectionId);
        if (sections.isEmpty() && listener != null) {
            listener.remove();
            listener = null;
            ui.setPollInterval(-1);
        }
    }

    private void tick() {
        Map<Long, String> stamps = comments.stamps(versionId);
        Map.copyOf(sections).forEach((sectionId, onStamp) ->
                onStamp.accept(stamps.getOrDefault(sectionId, CommentService.EMPTY_STAMP)));
    }
}
