package org.policycommons.comment;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policycommons.audit.AuditLog;
import org.policycommons.comment.repository.CommentRecord;
import org.policycommons.comment.repository.CommentRepository;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.policycommons.text.Subject;
import org.policycommons.text.Translated;
import org.policycommons.text.TranslatedTexts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's translations of participants' comments: a district admin translates a comment into another of the
 * district's languages, shown as "Translated by the district" beside the original, never in its place, and printed
 * beside it in the board packet of that language. Each is audited. Kept in the translation table under
 * {@link Subject#COMMENT_STAFF_TRANSLATION}, one row per language.
 */
@Service
@Transactional(readOnly = true)
public class StaffTranslations {

    private final CommentRepository comments;
    private final TranslatedTexts texts;
    private final AuditLog audit;

    StaffTranslations(CommentRepository comments, TranslatedTexts texts, AuditLog audit) {
        this.comments = comments;
        this.texts = texts;
        this.audit = audit;
    }

    /** The languages a comment written in {@code language} may be translated into: the district's others. */
    public List<Locale> targets(String language) {
        return texts.offered().stream()
                .filter(l -> !l.getLanguage().equals(Locale.forLanguageTag(language).getLanguage())).toList();
    }

    /** The district's translations of these comments, by comment id (those with none are left out). */
    public Map<Long, Translated> of(Collection<Long> commentIds) {
        return texts.of(Subject.COMMENT_STAFF_TRANSLATION, commentIds);
    }

    /**
     * Translates a comment into one of the district's other languages, or (blank text) takes that translation away.
     * Refused for a comment that is hidden or withdrawn, into the comment's own language or one the district does
     * not offer, or longer than a comment may be. Audited.
     */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public void translate(long commentId, Locale language, String text) {
        CommentRecord comment = comments.findById(commentId)
                .orElseThrow(() -> new CycleRuleViolation("comment.error.not-found"));
        if (comment.hiddenAt() != null || comment.withdrawnAt() != null) {
            throw new CycleRuleViolation("comment.translation.error.not-shown");
        }
        if (language == null || targets(comment.language()).stream()
                .noneMatch(l -> l.getLanguage().equals(language.getLanguage()))) {
            throw new CycleRuleViolation("comment.translation.error.language",
                    language == null ? "?" : TranslatedTexts.name(language));
        }
        String words = text == null ? "" : text.strip();
        if (words.length() > CommentRules.BODY_MAX) {
            throw new CycleRuleViolation("comment.error.body-too-long", CommentRules.BODY_MAX);
        }
        Translated before = texts.of(Subject.COMMENT_STAFF_TRANSLATION, commentId);
        Translated after = before.with(language, words);
        if (before.byLanguage().equals(after.byLanguage())) {
            return;
        }
        texts.write(Subject.COMMENT_STAFF_TRANSLATION, commentId, after,
                CurrentUser.get().map(PortalUser::displayName).orElse("?"));
        audit.record(words.isEmpty() ? "comment.translation-removed" : "comment.translated", comment.cycleId(),
                before.in(language).map(t -> Map.of("comment", commentId, "language", language.getLanguage(), "text", t))
                        .orElse(null),
                words.isEmpty() ? null : Map.of("comment", commentId, "language", language.getLanguage(), "text", words));
    }
}
