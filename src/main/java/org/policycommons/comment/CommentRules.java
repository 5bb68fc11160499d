package org.policycommons.comment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;

/** Who may comment, as which role, and what a comment's text may be. */
final class CommentRules {

    static final int BODY_MAX = 4000;
    static final int QUOTE_MAX = 1000;
    static final int REASON_MAX = 500;
    static final int MAX_DEPTH = 2;

    static final String COMMENTERS = "hasAnyRole('" + Roles.FAMILY + "', '" + Roles.STUDENT + "', '" + Roles.EDUCATOR
            + "', '" + Roles.CIVIL_RIGHTS + "', '" + Roles.PARTNER + "')";
    static final String MODERATORS = "hasAnyRole('" + Roles.MODERATOR + "', '" + Roles.DISTRICT_ADMIN + "')";

    /** The role a comment is shown under: a student's first, so that a student is never shown by name. */
    private static final List<PortalRole> SPEAKING_ORDER = List.of(PortalRole.STUDENT, PortalRole.CIVIL_RIGHTS,
            PortalRole.PARTNER, PortalRole.EDUCATOR, PortalRole.FAMILY);
    static final Set<PortalRole> SPEAKING_ROLES = EnumSet.copyOf(SPEAKING_ORDER);

    private CommentRules() {
    }

    static PortalRole speakingRole(PortalUser user) {
        return SPEAKING_ORDER.stream().filter(user::hasRole).findFirst()
                .orElseThrow(() -> new CycleRuleViolation("comment.error.role-cannot-comment"));
    }

    static String body(String body) {
        if (body == null || body.isBlank()) {
            throw new CycleRuleViolation("comment.error.body-required");
        }
        String text = body.strip();
        if (text.length() > BODY_MAX) {
            throw new CycleRuleViolation("comment.error.body-too-long", BODY_MAX);
        }
        return text;
    }

    /** A quote must be words of the section itself, whatever the spacing. */
    static String quote(String quote, String sectionText) {
        if (quote == null || quote.isBlank()) {
            return null;
        }
        String text = quote.strip();
        if (text.length() > QUOTE_MAX) {
            throw new CycleRuleViolation("comment.error.quote-too-long", QUOTE_MAX);
        }
        if (!squeezed(sectionText).contains(squeezed(text))) {
            throw new CycleRuleViolation("comment.error.quote-not-in-section");
        }
        return text;
    }

    static String reason(String reason, String requiredKey) {
        if (reason == null || reason.isBlank()) {
            throw new CycleRuleViolation(requiredKey);
        }
        String text = reason.strip();
        if (text.length() > REASON_MAX) {
            throw new CycleRuleViolation("comment.error.reason-too-long", REASON_MAX);
        }
        return text;
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
