package org.policycommons.comment.ui;

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
    private final FormError error;
    private final Div news;
    private final Runnable reload;

    ListedCardActions(CommentService comments, StaffTranslations staff, FormError error, Div news, Runnable reload) {
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
    public void translate(long commentId, java.util.Locale language, String text) {
        run(() -> staff.translate(commentId, language, text), "comment.translation.saved");
    }

    @Override
    public java.util.List<java.util.Locale> translationTargets(String language) {
        return staff.targets(language);
    }

    @Override
    public java.util.List<String> earlierWordings(long commentId) {
        try {
            return comments.earlierWordings(commentId);
        } catch (RuleViolation refused) {
            error.show(refused);
            return java.util.List.of();
        }
    }

    /** Runs an action: on success the list is drawn again and the live region says so. */
    protected void run(Runnable action, String doneKey) {
        try {
            action.run();
            error.clear();
            reload.run();
            news.setText(news.getTranslation(doneKey));
        } catch (RuleViolation refused) {
            error.show(refused);
        }
    }
}
