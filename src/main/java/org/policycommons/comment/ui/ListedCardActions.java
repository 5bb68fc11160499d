package org.policycommons.comment.ui;

import java.util.List;
import java.util.Locale;

import org.policycommons.comment.Attachments;
import org.policycommons.comment.Comment;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.StaffTranslations;
import org.policycommons.common.RuleViolation;
import org.policycommons.shell.ui.FormError;

import com.vaadin.flow.component.html.Div;

/**
 * What every list of comment cards does alike: co-signing, flagging, the district's translation and the earlier
 * wordings. On success the list is drawn again and a polite live region says what happened; on refusal the reason
 * shows and what was typed stays.
 */
abstract class ListedCardActions implements CommentCard.Actions {

    private final CommentService comments;
    private final StaffTranslations staff;
    /** Where a refusal is said, made when first needed. */
    private final java.util.function.Supplier<FormError> error;
    /** Clears a refusal said earlier, if there is one, without making the line. */
    private final Runnable clearError;
    private final Div news;
    private final Runnable reload;
    private final Attachments attachments;

    ListedCardActions(CommentService comments, StaffTranslations staff, Attachments attachments,
                      java.util.function.Supplier<FormError> error, Runnable clearError, Div news,
                      Runnable reload) {
        this.clearError = clearError;
        this.attachments = attachments;
        this.comments = comments;
        this.staff = staff;
        this.error = error;
        this.news = news;
        this.reload = reload;
    }

    @Override
    public void cosign(long commentId) {
        run(() -> comments.cosign(commentId), "comment.cosign.done");
    }

    @Override
    public void flag(long commentId, String reason) {
        run(() -> comments.flag(commentId, reason), "comment.flag.done");
    }

    @Override
    public void translate(long commentId, Locale language, String text) {
        run(() -> staff.translate(commentId, language, text), "comment.translation.saved");
    }

    @Override
    public List<Locale> translationTargets(String language) {
        return staff.targets(language);
    }

    @Override
    public List<String> earlierWordings(long commentId) {
        try {
            return comments.earlierWordings(commentId);
        } catch (RuleViolation refused) {
            error.get().show(refused);
            return List.of();
        }
    }

    @Override
    public Attachments.Download download(long attachmentId) {
        return attachments.download(attachmentId);
    }

    @Override
    public void attach(long commentId, String fileName, byte[] content) {
        run(() -> attachments.attachToComment(commentId, fileName, content), "attachment.added");
    }

    @Override
    public boolean canAttach(Comment comment) {
        return attachments.canAttachTo(comment);
    }

    @Override
    public long maxAttachmentBytes() {
        return attachments.maxBytes();
    }

    @Override
    public void removeAttachment(long attachmentId) {
        run(() -> attachments.remove(attachmentId), "attachment.removed");
    }

    @Override
    public void refused(String key, Object... arguments) {
        error.get().showKey(key, arguments);
    }

    /** Runs an action: on success the list is drawn again and the live region says so. */
    protected void run(Runnable action, String doneKey) {
        try {
            action.run();
            clearError.run();
            reload.run();
            news.setText(news.getTranslation(doneKey));
        } catch (RuleViolation refused) {
            error.get().show(refused);
        }
    }
}
