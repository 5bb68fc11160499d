package org.policycommons.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.policycommons.draft.repository.DraftRecord;
import org.policycommons.draft.repository.DraftRepository;
import org.policycommons.draft.repository.SectionRecord;
import org.policycommons.draft.repository.SectionRepository;
import org.policycommons.draft.repository.VersionRecord;
import org.policycommons.draft.repository.VersionRepository;
import org.policycommons.rubric.ActionStep;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts and versions that were published, recorded as they were, in the district in scope: for the portal's own
 * seeding and imports (the demo module), never for a request. {@link DraftService} refuses to touch an adopted cycle,
 * rightly; history is written here instead.
 */
@Service
public class DraftHistory {

    private final DraftRepository drafts;
    private final VersionRepository versions;
    private final SectionRepository sections;

    private final DraftService service;
    private final DraftTranslations translations;

    DraftHistory(DraftRepository drafts, VersionRepository versions, SectionRepository sections, DraftService service,
                 DraftTranslations translations) {
        this.service = service;
        this.translations = translations;
        this.drafts = drafts;
        this.versions = versions;
        this.sections = sections;
    }

    /** A draft of this cycle, started at {@code createdAt}. */
    @Transactional
    public long recordDraft(long cycleId, String title, Instant createdAt) {
        return drafts.save(new DraftRecord(cycleId, title, createdAt)).id();
    }

    /**
     * Version {@code number} of the draft, written two days before it was published at {@code publishedAt}. Its
     * sections keep the keys of {@code previous} (the version before, empty for the first) and their action steps,
     * or take {@code tags} of their heading in a first version. Returns its sections, for the next version.
     */
    @Transactional
    public List<Section> recordPublishedVersion(long draftId, int number, String markdown, List<Section> previous,
                                                Instant publishedAt, Function<String, Set<ActionStep>> tags) {
        VersionRecord version = versions.save(new VersionRecord(draftId, number, markdown,
                publishedAt.minus(Duration.ofDays(2))));
        List<Section> keyed = DraftService.keyed(MarkdownSections.parse(markdown), previous);
        for (Section section : keyed) {
            Set<ActionStep> steps = previous.isEmpty() ? tags.apply(section.heading()) : section.actionSteps();
            sections.save(new SectionRecord(version.id(), section.number(), section.key(), section.heading(),
                    section.body(), steps));
        }
        version.publish(publishedAt, "history");
        return keyed.stream().map(s -> new Section(0, s.key(), s.number(), s.heading(), s.body(),
                previous.isEmpty() ? tags.apply(s.heading()) : s.actionSteps())).toList();
    }

    /**
     * The district's official translation of a published version into one of its languages, as it was given; a
     * language the district does not offer is left out.
     */
    @Transactional
    public void recordTranslation(long draftId, int number, Locale language, String title, String markdown) {
        if (translations.translatable().stream().noneMatch(l -> l.getLanguage().equals(language.getLanguage()))) {
            return;
        }
        DraftVersion version = service.version(draftId, number).orElseThrow();
        translations.write(version, language, title, markdown, "District staff");
    }
}
