package org.policycommons.comment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.policycommons.audit.AuditLog;
import org.policycommons.common.Translations;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.policycommons.text.Subject;
import org.policycommons.text.Translated;
import org.policycommons.text.TranslatedTexts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reasons a moderator chooses from when hiding a comment, each in every language the district offers: the
 * deployment's own (their words in the translation bundles, {@code moderation.reason.default.<code>}, so a language
 * added by files has them) and those the district's admins write (the translation table). A reason is known by its
 * key, {@code default.<code>} or {@code district.<id>}, which a hidden comment keeps, so that every reader gets the
 * reason in their language.
 */
@Service
@Transactional(readOnly = true)
public class ModerationReasons {

    /** The deployment's reasons, in the order offered. */
    static final List<String> DEFAULT_CODES = List.of("personal-attack", "identifies-a-student", "threat",
            "off-topic", "advertising", "duplicate");
    static final String DEFAULT = "default.";
    static final String DISTRICT = "district.";
    static final String ADMIN = "hasRole('" + Roles.DISTRICT_ADMIN + "')";
    /** The longest a reason may be, in each language. */
    public static final int WORDS_MAX = CommentRules.REASON_MAX;

    /**
     * One reason, by its key, in its languages.
     *
     * @param own whether the district wrote it (and may reword or retire it)
     */
    public record Reason(String key, Translated text, boolean own) {
    }

    private final JdbcTemplate jdbc;
    private final TranslatedTexts texts;
    private final Translations translations;
    private final AuditLog audit;
    private final Clock clock;

    ModerationReasons(JdbcTemplate jdbc, TranslatedTexts texts, Translations translations, AuditLog audit,
                      Clock clock) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reasons offered now: the deployment's, then the district's own that are not retired. */
    public List<Reason> available() {
        List<Reason> reasons = new ArrayList<>();
        List<Locale> offered = texts.offered();
        DEFAULT_CODES.forEach(code -> reasons.add(new Reason(DEFAULT + code, deployment(code, offered), false)));
        List<Long> own = jdbc.queryForList("""
                select id from moderation_reason where district_id = ? and retired_at is null order by id""",
                Long.class, CurrentDistrict.require());
        Map<Long, Translated> words = texts.of(Subject.MODERATION_REASON, own);
        own.forEach(id -> reasons.add(new Reason(DISTRICT + id, words.getOrDefault(id, Translated.NONE), true)));
        return reasons;
    }

    /** The languages a reason is written in: the district's, its first required. */
    public List<Locale> languages() {
        return texts.offered();
    }

    /** The words of these keys, retired reasons too (a comment hidden with one still says why); unknown keys left out. */
    public Map<String, Translated> wordsOf(Collection<String> keys) {
        Map<String, Translated> words = new HashMap<>();
        List<Long> own = new ArrayList<>();
        List<Locale> offered = texts.offered();
        for (String key : keys) {
            if (key == null) {
                continue;
            }
            if (key.startsWith(DEFAULT) && DEFAULT_CODES.contains(key.substring(DEFAULT.length()))) {
                words.put(key, deployment(key.substring(DEFAULT.length()), offered));
            } else if (key.startsWith(DISTRICT) && key.substring(DISTRICT.length()).matches("\\d{1,18}")) {
                own.add(Long.parseLong(key.substring(DISTRICT.length())));
            }
        }
        texts.of(Subject.MODERATION_REASON, own).forEach((id, text) -> words.put(DISTRICT + id, text));
        return words;
    }

    /**
     * The words of a reason as a comment or act kept it: the reason's, by its key, in every language it has; else
     * (a reason written for one comment) the text kept, taken as the district's first language.
     */
    static Translated words(String key, String kept, Map<String, Translated> byKey, Locale first) {
        Translated reusable = key == null ? null : byKey.get(key);
        return reusable != null && !reusable.isEmpty() ? reusable
                : new Translated(Map.of(first.getLanguage(), kept == null ? "" : kept));
    }

    /** A reason a moderator may choose now, by its key; empty for a retired, unknown or another district's reason. */
    Optional<Reason> chosen(String key) {
        return available().stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** A district admin adds a reusable reason, in the district's languages. Audited. */
    @PreAuthorize(ADMIN)
    @Transactional
    public String add(Translated words) {
        checked(words);
        String by = author();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "insert into moderation_reason (district_id, created_at, created_by) values (?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            statement.setLong(1, CurrentDistrict.require());
            statement.setTimestamp(2, Timestamp.from(clock.instant()));
            statement.setString(3, by);
            return statement;
        }, key);
        long id = key.getKey().longValue();
        texts.write(Subject.MODERATION_REASON, id, words, by);
        audit.record("moderation.reason-added", null, null, Map.of("reason", DISTRICT + id, "words", words.byLanguage()));
        return DISTRICT + id;
    }

    /** Rewords one of the district's reasons; comments hidden with it show the new words. Audited. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void reword(String key, Translated words) {
        long id = own(key);
        checked(words);
        Translated before = texts.of(Subject.MODERATION_REASON, id);
        texts.write(Subject.MODERATION_REASON, id, words, author());
        audit.record("moderation.reason-reworded", null, Map.of("reason", key, "words", before.byLanguage()),
                Map.of("reason", key, "words", words.byLanguage()));
    }

    /** Takes one of the district's reasons off the list; comments hidden with it keep saying why. Audited. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void retire(String key) {
        long id = own(key);
        jdbc.update("update moderation_reason set retired_at = ? where district_id = ? and id = ?",
                Timestamp.from(clock.instant()), CurrentDistrict.require(), id);
        audit.record("moderation.reason-retired", null, Map.of("reason", key), null);
    }

    private long own(String key) {
        Optional<Reason> found = key == null ? Optional.empty()
                : available().stream().filter(r -> r.own() && r.key().equals(key)).findFirst();
        return found.map(r -> Long.parseLong(r.key().substring(DISTRICT.length())))
                .orElseThrow(() -> new CycleRuleViolation("moderation.reason.error.not-found"));
    }

    private void checked(Translated words) {
        Locale first = texts.offered().getFirst();
        if (words.in(first).isEmpty()) {
            throw new CycleRuleViolation("moderation.reason.error.required", TranslatedTexts.name(first));
        }
        texts.checked(words, WORDS_MAX);
    }

    /** A deployment reason in each language the district offers whose bundle has it. */
    private Translated deployment(String code, List<Locale> offered) {
        String bundleKey = "moderation.reason.default." + code;
        Map<String, String> words = new LinkedHashMap<>();
        for (Locale language : offered) {
            translations.ownText(bundleKey, language).ifPresent(text -> words.put(language.getLanguage(), text));
        }
        if (words.isEmpty()) {
            words.put("en", translations.text(bundleKey, Locale.ENGLISH));
        }
        return new Translated(words);
    }

    private static String author() {
        return CurrentUser.get().map(PortalUser::displayName).orElse("?");
    }
}
