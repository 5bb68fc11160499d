package org.policycommons.comment.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.policycommons.comment.CommentPosted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.shared.Registration;

/**
 * Tells the pages open on a draft version, in this portal instance, that a comment there changed, once the change is
 * committed. Pages also look again every half minute, which covers changes made through another instance.
 */
@Component
class CommentBroadcaster {

    private record Listener(long districtId, long versionId, Consumer<CommentPosted> consumer) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    Registration register(long districtId, long versionId, Consumer<CommentPosted> consumer) {
        Listener listener = new Listener(districtId, versionId, consumer);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCommentPosted(CommentPosted event) {
        for (Listener listener : listeners) {
            if (listener.districtId() == event.districtId() && listener.versionId() == event.versionId()) {
                listener.consumer().accept(event);
            }
        }
    }
}
