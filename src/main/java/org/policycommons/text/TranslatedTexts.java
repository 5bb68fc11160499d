package org.policycommons.text;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policycommons.common.RuleViolation;
import org.policycommons.common.Translations;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentDistrict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every text a district writes for participants is kept, in each language (the {@code translation} table):
 * read for many texts at once, written whole. The owning module checks who may write and audits it; this checks the
 * languages: each one the district offers, the district's first always given, none longer than the owner allows.
 */
@Service
public class TranslatedTexts {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;
    private final DistrictDirectory districts;
    private final Translations translations;

    TranslatedTexts(JdbcTemplate jdbc, Clock clock, DistrictDirectory districts, Translations translations) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
        this.districts = districts;
        this.translations = translations;
    }

    /**
     * The languages the district in scope offers, in its order: the ones its texts may be written in, the first of
     * them required and the one every reader falls back to.
     */
    public List<Locale> offered() {
        return translations.offered(districts.byId(CurrentDistrict.require()).orElseThrow().languages());
    }

    /** One text of the district in scope; {@link Translated#NONE} if it was never written. */
    @Transactional(readOnly = true)
    public Translated of(Subject subject, long subjectId) {
        return of(subject, List.of(subjectId)).getOrDefault(subjectId, Translated.NONE);
    }

    /**
     * Many texts of one kind in one query: each id that has a text, with it. Each text's languages come in the order
     * the district offers them, so that a reader whose language it lacks gets the district's first
     * ({@link Translated#forReader(Locale)}).
     */
    @Transactional(readOnly = true)
    public Map<Long, Translated> of(Subject subject, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, String>> found = new LinkedHashMap<>();
        named.query("""
                select subject_id, language, text from translation
                where district_id = :district and subject = :subject and subject_id in (:ids) order by subject_id, id""",
                new MapSqlParameterSource().addValue("district", CurrentDistrict.require())
                        .addValue("subject", subject.key()).addValue("ids", subjectIds),
                rs -> {
                    found.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        List<String> order = offered().stream().map(Locale::getLanguage).toList();
        Map<Long, Translated> texts = new HashMap<>();
        found.forEach((id, byLanguage) -> texts.put(id, inOrder(byLanguage, order)));
        return texts;
    }

    private static Translated inOrder(Map<String, String> byLanguage, List<String> order) {
        Map<String, String> sorted = new LinkedHashMap<>();
        order.stream().filter(byLanguage::containsKey).forEach(language -> sorted.put(language, byLanguage.get(language)));
        byLanguage.forEach(sorted::putIfAbsent);
        return new Translated(sorted);
    }

    /**
     * Checks a text before it is written: every language one the district offers, the first of them given, each at most
     * {@code longest} characters. Refusals name the language, in the reader's words.
     */
    public Translated checked(Translated text, List<Locale> offered, int longest) {
        for (String language : text.byLanguage().keySet()) {
            if (offered.stream().noneMatch(l -> l.getLanguage().equals(language))) {
                throw new RuleViolation("text.error.language-not-offered", name(Locale.forLanguageTag(language)));
            }
        }
        Locale first = offered.getFirst();
        if (text.in(first).isEmpty()) {
            throw new RuleViolation("text.error.first-language-required", name(first));
        }
        text.byLanguage().forEach((language, words) -> {
            if (words.length() > longest) {
                throw new RuleViolation("text.error.too-long", name(Locale.forLanguageTag(language)), longest);
            }
        });
        return text;
    }

    /** Checks a text against the languages of the district in scope; see {@link #checked(Translated, List, int)}. */
    public Translated checked(Translated text, int longest) {
        return checked(text, offered(), longest);
    }

    /** A language by its own name ("English", "español", "Tiếng Việt"), as refusals name it. */
    public static String name(Locale language) {
        String own = language.getDisplayLanguage(language);
        return own.isEmpty() ? language.getLanguage() : own;
    }

    /**
     * Writes a text whole, in the caller's transaction: the languages given replace those kept, and a language left
     * out is removed. Check it first ({@link #checked}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(Subject subject, long subjectId, Translated text, String writtenBy) {
        long district = CurrentDistrict.require();
        Timestamp now = Timestamp.from(clock.instant());
        if (text.isEmpty()) {
            jdbc.update("delete from translation where district_id = ? and subject = ? and subject_id = ?", district,
                    subject.key(), subjectId);
            return;
        }
        named.update("""
                delete from translation where district_id = :district and subject = :subject and subject_id = :id
                and language not in (:languages)""", new MapSqlParameterSource().addValue("district", district)
                .addValue("subject", subject.key()).addValue("id", subjectId)
                .addValue("languages", List.copyOf(text.byLanguage().keySet())));
        text.byLanguage().forEach((language, words) -> jdbc.update("""
                insert into translation (district_id, subject, subject_id, language, text, written_at, written_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on duplicate key update written_by = if(text = values(text), written_by, values(written_by)),
                    written_at = if(text = values(text), written_at, values(written_at)), text = values(text)""",
                district, subject.key(), subjectId, language, words, now, writtenBy));
    }
}
