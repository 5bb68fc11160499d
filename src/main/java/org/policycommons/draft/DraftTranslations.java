package org.policycommons.draft;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.policycommons.audit.AuditLog;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalUser;
import org.policycommons.text.TranslatedTexts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Official translations of published versions (docs/decisions/024). A district admin gives a version in another of
 * the district's languages as Markdown whose sections match the original's one to one, by position; a mismatch is
 * refused, naming the section. The published original never changes and stays the binding text; readers of a
 * language get the version in it ({@link #inLanguage}), and the redline compares two versions in a language both
 * are translated into. Adding or replacing a translation is audited.
 */
@Service
@Transactional(readOnly = true)
public class DraftTranslations {

    /**
     * A version's translation into one language, as the admin gave it.
     *
     * @param title the draft's title in that language; empty if not given
     */
    public record VersionTranslation(Locale language, Optional<String> title, String source, Instant writtenAt,
                                     String writtenBy) {
    }

    private final JdbcTemplate jdbc;
    private final DraftService drafts;
    private final TranslatedTexts texts;
    private final AuditLog audit;
    private final Clock clock;

    DraftTranslations(JdbcTemplate jdbc, DraftService drafts, TranslatedTexts texts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The languages the district offers besides its first, the original's: those a version may be translated into. */
    public List<Locale> translatable() {
        List<Locale> offered = texts.offered();
        return offered.subList(1, offered.size());
    }

    /** The language of the originals: the district's first. */
    public Locale originalLanguage() {
        return texts.offered().getFirst();
    }

    /** The translations a version has, in the district's order of languages. */
    public List<VersionTranslation> of(long versionId) {
        Map<String, VersionTranslation> found = new LinkedHashMap<>();
        jdbc.query("""
                select language, title, source, written_at, written_by from version_translation
                where district_id = ? and version_id = ?""", rs -> {
            found.put(rs.getString(1), new VersionTranslation(Locale.forLanguageTag(rs.getString(1)),
                    Optional.ofNullable(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(),
                    rs.getString(5)));
        }, CurrentDistrict.require(), versionId);
        List<VersionTranslation> ordered = new ArrayList<>();
        texts.offered().forEach(l -> Optional.ofNullable(found.remove(l.getLanguage())).ifPresent(ordered::add));
        ordered.addAll(found.values());
        return ordered;
    }

    /**
     * The version as readers of this language read it: each section's heading and text in that language, the same
     * sections (ids, keys, numbers, steps) as the original; empty if it has no translation into it.
     */
    public Optional<DraftVersion> inLanguage(DraftVersion original, Locale language) {
        if (language.getLanguage().equals(originalLanguage().getLanguage())) {
            return Optional.empty();
        }
        List<String> source = jdbc.queryForList("""
                select source from version_translation where district_id = ? and version_id = ? and language = ?""",
                String.class, CurrentDistrict.require(), original.id(), language.getLanguage());
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String[]> words = new HashMap<>();
        jdbc.query("""
                select section_id, heading, body from section_translation
                where district_id = ? and version_id = ? and language = ?""",
                rs -> {
                    words.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }, CurrentDistrict.require(), original.id(), language.getLanguage());
        List<Section> sections = original.sections().stream().map(s -> {
            String[] translated = words.get(s.id());
            return translated == null ? s
                    : new Section(s.id(), s.key(), s.number(), translated[0], translated[1], s.actionSteps());
        }).toList();
        return Optional.of(new DraftVersion(original.id(), original.draftId(), original.number(),
                original.publishedAt(), source.getFirst(), sections));
    }

    /** The draft's title in this language, if a translation of one of its versions gave one (the latest does). */
    public Optional<String> title(long draftId, Locale language) {
        return jdbc.queryForList("""
                select t.title from version_translation t join draft_version v on v.id = t.version_id
                where t.district_id = ? and v.draft_id = ? and t.language = ? and t.title is not null
                order by v.number desc limit 1""", String.class, CurrentDistrict.require(), draftId,
                language.getLanguage()).stream().findFirst();
    }

    /** A section's text in this language if its version is translated into it; empty otherwise. */
    public Optional<String> sectionText(long sectionId, Locale language) {
        return jdbc.queryForList("""
                select body from section_translation where district_id = ? and section_id = ? and language = ?""",
                String.class, CurrentDistrict.require(), sectionId, language.getLanguage()).stream().findFirst();
    }

    /**
     * Redline between two published versions in a language both are translated into; in the original language (or
     * when either lacks the translation), between the originals.
     */
    public Redline redline(long draftId, int from, int to, Locale language) {
        Redline originals = drafts.redline(draftId, from, to);
        Optional<DraftVersion> older = drafts.version(draftId, from).flatMap(v -> inLanguage(v, language));
        Optional<DraftVersion> newer = drafts.version(draftId, to).flatMap(v -> inLanguage(v, language));
        return older.isPresent() && newer.isPresent() ? Redline.between(older.get(), newer.get()) : originals;
    }

    /** Whether the redline of these two versions can be read in this language (both are translated into it). */
    public boolean redlineIn(long draftId, int from, int to, Locale language) {
        return drafts.version(draftId, from).flatMap(v -> inLanguage(v, language)).isPresent()
                && drafts.version(draftId, to).flatMap(v -> inLanguage(v, language)).isPresent();
    }

    /**
     * Gives a published version in another of the district's languages, or replaces its translation into it. The
     * Markdown's sections must match the original's one to one, in order: each section of the original has one, and
     * none is left over or empty where the original has text. The original is not changed. Audited.
     *
     * @param title the draft's title in that language; blank for none
     */
    @PreAuthorize(DraftService.ADMIN)
    @Transactional
    public void translate(long draftId, int number, Locale language, String title, String markdown) {
        DraftVersion original = drafts.version(draftId, number).filter(DraftVersion::published)
                .orElseThrow(() -> new CycleRuleViolation("draft.error.version-not-found", number));
        if (language == null || translatable().stream().noneMatch(l -> l.getLanguage().equals(language.getLanguage()))) {
            throw new CycleRuleViolation("draft.translation.error.language", language == null ? "?"
                    : TranslatedTexts.name(language));
        }
        if (markdown == null || markdown.isBlank()) {
            throw new CycleRuleViolation("draft.translation.error.empty");
        }
        String cleanTitle = title == null || title.isBlank() ? null : title.strip();
        if (cleanTitle != null && cleanTitle.length() > DraftService.TITLE_MAX) {
            throw new CycleRuleViolation("draft.error.title-too-long", DraftService.TITLE_MAX);
        }
        int sections = original.sections().size();
        boolean replaced = write(original, language, cleanTitle, markdown,
                CurrentUser.get().map(PortalUser::displayName).orElse("?"));
        long cycleId = drafts.draft(draftId).map(Draft::cycleId).orElseThrow();
        audit.record(replaced ? "draft.translation-replaced" : "draft.translated", cycleId, null,
                Map.of("draft", draftId, "version", number, "language", language.getLanguage(), "sections", sections));
    }

    /**
     * Writes a version's translation after checking its sections match, replacing any earlier one. For
     * {@link #translate} and the portal's own seeding ({@link DraftHistory}). Returns whether one was replaced.
     */
    boolean write(DraftVersion original, Locale language, String cleanTitle, String markdown, String by) {
        List<ParsedSection> parsed = MarkdownSections.parse(markdown);
        matched(original.sections(), parsed);

        long district = CurrentDistrict.require();
        String code = language.getLanguage();
        boolean replacing = !jdbc.queryForList("""
                select id from version_translation where district_id = ? and version_id = ? and language = ?""",
                Long.class, district, original.id(), code).isEmpty();
        Timestamp now = Timestamp.from(clock.instant());
        String source = markdown.replace("\r\n", "\n").replace('\r', '\n');
        jdbc.update("""
                insert into version_translation (district_id, version_id, language, title, source, written_at, written_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on duplicate key update title = values(title), source = values(source), written_at = values(written_at),
                    written_by = values(written_by)""", district, original.id(), code, cleanTitle, source, now, by);
        for (int i = 0; i < parsed.size(); i++) {
            Section section = original.sections().get(i);
            jdbc.update("""
                    insert into section_translation (district_id, version_id, section_id, language, heading, body)
                    values (?, ?, ?, ?, ?, ?)
                    on duplicate key update heading = values(heading), body = values(body)""",
                    district, original.id(), section.id(), code, parsed.get(i).heading(), parsed.get(i).body());
        }
        return replacing;
    }

    /** Refuses a translation whose sections do not match the original's one to one, naming the first that does not. */
    static void matched(List<Section> original, List<ParsedSection> translated) {
        for (int i = 0; i < Math.max(original.size(), translated.size()); i++) {
            if (i >= translated.size()) {
                Section missing = original.get(i);
                throw new CycleRuleViolation("draft.translation.error.missing-section", missing.number(),
                        missing.heading(), translated.size(), original.size());
            }
            if (i >= original.size()) {
                throw new CycleRuleViolation("draft.translation.error.extra-section", i + 1,
                        translated.get(i).heading(), translated.size(), original.size());
            }
            if (translated.get(i).body().isBlank() && !original.get(i).body().isBlank()) {
                throw new CycleRuleViolation("draft.translation.error.empty-section", i + 1,
                        translated.get(i).heading(), original.get(i).heading());
            }
        }
    }
}
