package org.policycommons.publicsite;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.policycommons.audit.AuditLog;
import org.policycommons.common.RuleViolation;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalUser;
import org.policycommons.text.Subject;
import org.policycommons.text.Translated;
import org.policycommons.text.TranslatedTexts;
import org.policycommons.identity.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a district shows the public beyond what is always public: whether students' comments are shown to readers who
 * are not signed in (by default they are not: the public sees only how many there are), and which websites may show
 * the "current review" card in a frame (by default none), and the public home's introduction in each of the district's
 * languages (by default none). District admins change them, and every change is audited.
 */
@Service
public class PublicSettings {

    /**
     * A district's public settings.
     *
     * @param embeddingOrigins     the websites (https origins) that may show the "current review" card in a frame
     * @param accessibilityContact whom readers contact about the accessibility of the district's pages and
     *                             documents (an office, an email address, a phone number), as the district wrote
     *                             it; empty until it names someone
     */
    public record Settings(boolean studentsCommentsPublic, List<String> embeddingOrigins, String accessibilityContact) {

        /** The card's {@code frame-ancestors}: these origins, or nobody. */
        public String frameAncestors() {
            return embeddingOrigins.isEmpty() ? "'none'" : String.join(" ", embeddingOrigins);
        }
    }

    static final Settings DEFAULTS = new Settings(false, List.of(), "");
    /** The accessibility contact, at most this many characters. */
    public static final int CONTACT_MAX = 200;
    /** At most this many websites may embed the card. */
    public static final int MAX_ORIGINS = 10;
    private static final java.util.regex.Pattern ORIGIN =
            java.util.regex.Pattern.compile("https://[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:[0-9]{1,5})?");

    /** The public home's introduction, in any one language, at most this many characters. */
    public static final int INTRODUCTION_MAX = 2000;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final TranslatedTexts texts;

    private final PublicPageCache keptPages;

    PublicSettings(JdbcTemplate jdbc, AuditLog audit, Clock clock, TranslatedTexts texts, PublicPageCache keptPages) {
        this.keptPages = keptPages;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.texts = texts;
    }

    /** The languages the district in scope offers, in which its introduction may be written; the first is required. */
    public List<java.util.Locale> languages() {
        return texts.offered();
    }

    /** What the district says first on its public home, in each language it was written in; anyone may read it. */
    public Translated introduction() {
        return texts.of(Subject.PUBLIC_INTRODUCTION, CurrentDistrict.require());
    }

    /**
     * Sets the public home's introduction, one text per language the district offers (all empty: none). Refused, with
     * the language named, when the district's first language is left empty while another is given, when a language is
     * not offered, or when a text is longer than {@link #INTRODUCTION_MAX}. Audited.
     */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public Translated introduce(Translated wanted) {
        if (!wanted.isEmpty()) {
            texts.checked(wanted, languages(), INTRODUCTION_MAX);
        }
        long district = CurrentDistrict.require();
        Translated before = introduction();
        if (before.byLanguage().equals(wanted.byLanguage())) {
            return wanted;
        }
        texts.write(Subject.PUBLIC_INTRODUCTION, district, wanted,
                CurrentUser.get().map(PortalUser::displayName).orElse("?"));
        keptPages.forgetAllAfterCommit();
        audit.record("public.introduction", null, Map.of("introduction", before.byLanguage()),
                Map.of("introduction", wanted.byLanguage()));
        return wanted;
    }

    /** The settings of the district in scope; anyone may read them, as the public pages do. */
    public Settings current() {
        return of(CurrentDistrict.require());
    }

    Settings of(long districtId) {
        List<Settings> found = jdbc.query(
                "select students_comments_public, embedding_origins, accessibility_contact from public_setting"
                        + " where district_id = ?",
                (rs, row) -> new Settings(rs.getBoolean(1), origins(rs.getString(2)),
                        rs.getString(3) == null ? "" : rs.getString(3)), districtId);
        return found.isEmpty() ? DEFAULTS : found.getFirst();
    }

    /** Shows students' comments to the public, or keeps them for signed-in members again. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public void showStudentsComments(boolean shown) {
        long district = CurrentDistrict.require();
        Settings before = of(district);
        if (before.studentsCommentsPublic() == shown) {
            return;
        }
        store(district, "students_comments_public", shown);
        keptPages.forgetAllAfterCommit();
        audit.record("public.students-comments", null, Map.of("studentsCommentsPublic", before.studentsCommentsPublic()),
                Map.of("studentsCommentsPublic", shown));
    }

    /**
     * Sets the websites that may show the card in a frame, as typed: https origins separated by spaces, commas or
     * new lines (e.g. {@code https://www.springfield.k12.example}); empty for none. Refused with the reason when one
     * is not an https origin, or when there are more than {@link #MAX_ORIGINS}.
     */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public List<String> allowEmbeddingBy(String typed) {
        List<String> wanted = origins(typed == null ? "" : typed.toLowerCase(java.util.Locale.ROOT));
        for (String origin : wanted) {
            if (origin.length() > 200 || !ORIGIN.matcher(origin).matches()) {
                throw new RuleViolation("public.error.origin", origin);
            }
        }
        if (wanted.size() > MAX_ORIGINS) {
            throw new RuleViolation("public.error.too-many-origins", MAX_ORIGINS);
        }
        long district = CurrentDistrict.require();
        Settings before = of(district);
        if (before.embeddingOrigins().equals(wanted)) {
            return wanted;
        }
        String stored = String.join(" ", wanted);
        store(district, "embedding_origins", stored);
        keptPages.forgetAllAfterCommit();
        audit.record("public.embedding", null, Map.of("embeddingOrigins", String.join(" ", before.embeddingOrigins())),
                Map.of("embeddingOrigins", stored));
        return wanted;
    }

    /**
     * Names whom readers contact about accessibility, as typed (an office, an email address, a phone number; empty:
     * nobody yet). Shown on the district's accessibility statement. Refused with the reason when it is longer than
     * {@link #CONTACT_MAX} characters or holds a line break. Audited.
     */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public String nameAccessibilityContact(String typed) {
        String wanted = typed == null ? "" : typed.strip();
        if (wanted.length() > CONTACT_MAX) {
            throw new RuleViolation("public.error.contact-too-long", CONTACT_MAX);
        }
        if (wanted.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolation("public.error.contact-one-line");
        }
        long district = CurrentDistrict.require();
        Settings before = of(district);
        if (before.accessibilityContact().equals(wanted)) {
            return wanted;
        }
        String stored = wanted.isEmpty() ? null : wanted;
        store(district, "accessibility_contact", stored);
        keptPages.forgetAllAfterCommit();
        audit.record("public.accessibility-contact", null, Map.of("accessibilityContact", before.accessibilityContact()),
                Map.of("accessibilityContact", wanted));
        return wanted;
    }

    /** Writes one setting of the district's row, making the row if it has none. {@code column} is never typed input. */
    private void store(long district, String column, Object value) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into public_setting (district_id, " + column + ", updated_at) values (?, ?, ?) "
                + "on duplicate key update " + column + " = ?, updated_at = ?", district, value, now, value, now);
    }

    private static List<String> origins(String stored) {
        return java.util.Arrays.stream(stored.split("[\\s,]+")).map(String::strip)
                .map(o -> o.replaceAll("/+$", "")).filter(o -> !o.isEmpty()).distinct().toList();
    }
}
