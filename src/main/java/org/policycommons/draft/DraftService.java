package org.policycommons.draft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.policycommons.audit.AuditLog;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseState;
import org.policycommons.draft.repository.DraftRecord;
import org.policycommons.draft.repository.DraftRepository;
import org.policycommons.draft.repository.SectionRecord;
import org.policycommons.draft.repository.SectionRepository;
import org.policycommons.draft.repository.VersionRecord;
import org.policycommons.draft.repository.VersionRepository;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.policycommons.rubric.ActionStep;
import org.policycommons.identity.CurrentDistrict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafts of the district's cycles. Everyone in the district reads published versions; only district admins
 * create drafts, prepare the working version and publish it. A published version never changes, an adopted cycle's
 * drafts no longer change at all, and every admin action is audited.
 */
@Service
@Transactional(readOnly = true)
public class DraftService {

    static final String ADMIN = "hasRole('" + Roles.DISTRICT_ADMIN + "')";
    public static final int TITLE_MAX = 200;

    private final DraftRepository drafts;
    private final VersionRepository versions;
    private final SectionRepository sections;
    private final CycleService cycles;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DraftService(DraftRepository drafts, VersionRepository versions, SectionRepository sections,
                 CycleService cycles, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.drafts = drafts;
        this.versions = versions;
        this.sections = sections;
        this.cycles = cycles;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cycle's drafts with their versions; readers who are not admins see only published versions. */
    public List<Draft> draftsOf(long cycleId) {
        List<DraftRecord> found = drafts.findByCycleIdOrderById(cycleId);
        Map<Long, List<Draft.VersionSummary>> byDraft = new HashMap<>();
        if (!found.isEmpty()) {
            versions.findByDraftIdInOrderByNumber(found.stream().map(DraftRecord::id).toList()).stream()
                    .filter(v -> v.published() || isAdmin())
                    .forEach(v -> byDraft.computeIfAbsent(v.draftId(), k -> new ArrayList<>())
                            .add(new Draft.VersionSummary(v.number(), v.publishedAt())));
        }
        return found.stream().map(d -> toDraft(d, byDraft.getOrDefault(d.id(), List.of()))).toList();
    }

    /** A draft with the versions the reader may see; a draft with nothing published yet is for admins only. */
    public Optional<Draft> draft(long draftId) {
        return drafts.findById(draftId).map(d -> toDraft(d, versions.findByDraftIdOrderByNumber(d.id()).stream()
                .filter(v -> v.published() || isAdmin())
                .map(v -> new Draft.VersionSummary(v.number(), v.publishedAt())).toList()))
                .filter(d -> isAdmin() || !d.versions().isEmpty());
    }

    /** A published version, for everyone in the district; the working version only for admins. */
    public Optional<DraftVersion> version(long draftId, int number) {
        return versions.findByDraftIdAndNumber(draftId, number)
                .filter(v -> v.published() || isAdmin())
                .map(this::toVersion);
    }

    public Optional<DraftVersion> latestPublished(long draftId) {
        return draft(draftId).flatMap(Draft::latestPublished).flatMap(v -> version(draftId, v.number()));
    }

    /** The number of a version, by its id. */
    public Optional<Integer> versionNumber(long versionId) {
        return versions.findById(versionId).filter(v -> v.published() || isAdmin()).map(VersionRecord::number);
    }

    /** A section of a published version, with its version, draft and cycle; sections being prepared are not found. */
    public Optional<SectionRef> section(long sectionId) {
        return sections.findById(sectionId).flatMap(section -> versions.findById(section.versionId())
                .filter(VersionRecord::published)
                .map(version -> {
                    int latest = versions.findByDraftIdOrderByNumber(version.draftId()).stream()
                            .filter(VersionRecord::published).mapToInt(VersionRecord::number).max().orElse(0);
                    long cycleId = drafts.findById(version.draftId()).orElseThrow().cycleId();
                    return new SectionRef(section.toSection(), version.id(), version.number(), true,
                            version.number() == latest, version.draftId(), cycleId);
                }));
    }

    /** Sections added, removed and changed from one published version to another. */
    public Redline redline(long draftId, int from, int to) {
        DraftVersion older = version(draftId, from).filter(DraftVersion::published)
                .orElseThrow(() -> new CycleRuleViolation("draft.error.version-not-found", from));
        DraftVersion newer = version(draftId, to).filter(DraftVersion::published)
                .orElseThrow(() -> new CycleRuleViolation("draft.error.version-not-found", to));
        return Redline.between(older, newer);
    }

    /** A new draft in a cycle, with its first working version made from Markdown. */
    @PreAuthorize(ADMIN)
    @Transactional
    public long createDraft(long cycleId, String title, String markdown) {
        editableCycle(cycleId);
        String cleanTitle = requireTitle(title);
        List<ParsedSection> parsed = MarkdownSections.parse(markdown);
        DraftRecord draft = drafts.save(new DraftRecord(cycleId, cleanTitle, clock.instant()));
        VersionRecord working = versions.save(new VersionRecord(draft.id(), 1, normalised(markdown), clock.instant()));
        writeSections(working, parsed, List.of());
        audit.record("draft.created", cycleId, null, Map.of("draft", draft.id(), "title", cleanTitle,
                "version", 1, "sections", parsed.size()));
        return draft.id();
    }

    /**
     * Replaces the working version's text. A section keeps its key, and with it its tags and its place in the
     * redline, when its heading is unchanged.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public void saveWorkingText(long draftId, long expectedVersion, String markdown) {
        DraftRecord draft = editableDraft(draftId, expectedVersion);
        List<ParsedSection> parsed = MarkdownSections.parse(markdown);
        VersionRecord working = working(draftId);
        List<SectionRecord> before = sections.findByVersionIdOrderByPosition(working.id());
        int sectionsBefore = before.size();
        sections.deleteByVersion(working.id());
        working.rewrite(normalised(markdown));
        writeSections(working, parsed, before.stream().map(SectionRecord::toSection).toList());
        touch(draft);
        audit.record("draft.text-saved", draft.cycleId(), Map.of("draft", draftId, "version", working.number(),
                "sections", sectionsBefore), Map.of("draft", draftId, "version", working.number(), "sections", parsed.size()));
    }

    /** Tags a section of the working version with the SECURe action steps it serves. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void tagSection(long draftId, long expectedVersion, long sectionId, Set<ActionStep> steps) {
        DraftRecord draft = editableDraft(draftId, expectedVersion);
        VersionRecord working = working(draftId);
        SectionRecord section = sections.findById(sectionId).filter(s -> s.versionId() == working.id())
                .orElseThrow(() -> new CycleRuleViolation("draft.error.section-not-in-working-version"));
        Set<ActionStep> before = section.actionSteps();
        section.tag(steps);
        touch(draft);
        audit.record("draft.section-tagged", draft.cycleId(), Map.of("section", section.heading(), "actionSteps", before),
                Map.of("section", section.heading(), "actionSteps", section.actionSteps()));
    }

    /**
     * Publishes the working version. Version 1 may go out any time before adoption; a later version only once
     * public comment has closed (it is the revision of what people commented on).
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public int publish(long draftId, long expectedVersion) {
        DraftRecord draft = editableDraft(draftId, expectedVersion);
        VersionRecord working = working(draftId);
        if (working.number() > 1) {
            Cycle cycle = editableCycle(draft.cycleId());
            boolean commentClosed = cycle.phase(PhaseKind.PUBLIC_COMMENT).map(p -> p.state() == PhaseState.CLOSED)
                    .orElse(true);
            if (!commentClosed) {
                throw new CycleRuleViolation("draft.error.revise-after-comment", working.number());
            }
        }
        if (sections.findByVersionIdOrderByPosition(working.id()).isEmpty()) {
            throw new CycleRuleViolation("draft.error.empty");
        }
        working.publish(clock.instant(), actor().subject());
        touch(draft);
        audit.record("draft.published", draft.cycleId(), null, Map.of("draft", draftId, "title", draft.title(),
                "version", working.number()));
        events.publishEvent(new VersionPublished(CurrentDistrict.require(), draft.cycleId(), draftId,
                working.number()));
        return working.number();
    }

    /** Starts the next working version from the latest published one: same text, same keys, same tags. */
    @PreAuthorize(ADMIN)
    @Transactional
    public int startNextVersion(long draftId, long expectedVersion) {
        DraftRecord draft = editableDraft(draftId, expectedVersion);
        List<VersionRecord> all = versions.findByDraftIdOrderByNumber(draftId);
        if (all.stream().anyMatch(v -> !v.published())) {
            throw new CycleRuleViolation("draft.error.working-version-exists");
        }
        VersionRecord latest = all.getLast();
        VersionRecord next = versions.save(new VersionRecord(draftId, latest.number() + 1, latest.source(), clock.instant()));
        int position = 1;
        for (SectionRecord section : sections.findByVersionIdOrderByPosition(latest.id())) {
            Section s = section.toSection();
            sections.save(new SectionRecord(next.id(), position++, s.key(), s.heading(), s.body(), s.actionSteps()));
        }
        touch(draft);
        audit.record("draft.version-started", draft.cycleId(), null, Map.of("draft", draftId, "version", next.number()));
        return next.number();
    }

    private void writeSections(VersionRecord working, List<ParsedSection> parsed, List<Section> earlier) {
        // Earlier sections of this working version, else of the last published one, lend their keys and tags.
        List<Section> lenders = new ArrayList<>(earlier);
        if (lenders.isEmpty() && working.number() > 1) {
            versions.findByDraftIdAndNumber(working.draftId(), working.number() - 1)
                    .ifPresent(previous -> sections.findByVersionIdOrderByPosition(previous.id())
                            .forEach(s -> lenders.add(s.toSection())));
        }
        for (Section section : keyed(parsed, lenders)) {
            sections.save(new SectionRecord(working.id(), section.number(), section.key(), section.heading(),
                    section.body(), section.actionSteps()));
        }
    }

    /**
     * Numbers parsed sections and gives each a key: a lender's with the same heading (and its tags), else a new one,
     * so that a clause keeps its identity across versions while its heading stays the same.
     */
    static List<Section> keyed(List<ParsedSection> parsed, List<Section> lenders) {
        Map<String, Section> byHeading = new HashMap<>();
        lenders.forEach(s -> byHeading.putIfAbsent(headingKey(s.heading()), s));
        Set<String> usedKeys = new HashSet<>();
        List<Section> keyed = new ArrayList<>();
        int position = 1;
        for (ParsedSection section : parsed) {
            Section lender = byHeading.get(headingKey(section.heading()));
            boolean lend = lender != null && usedKeys.add(lender.key());
            String key = lend ? lender.key() : UUID.randomUUID().toString();
            usedKeys.add(key);
            keyed.add(new Section(0, key, position++, section.heading(), section.body(),
                    lend ? lender.actionSteps() : Set.of()));
        }
        return keyed;
    }

    private static String headingKey(String heading) {
        return heading.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private VersionRecord working(long draftId) {
        return versions.findByDraftIdOrderByNumber(draftId).stream().filter(v -> !v.published()).findFirst()
                .orElseThrow(() -> new CycleRuleViolation("draft.error.no-working-version"));
    }

    private DraftRecord editableDraft(long draftId, long expectedVersion) {
        DraftRecord draft = drafts.findForEditById(draftId)
                .orElseThrow(() -> new CycleRuleViolation("draft.error.not-found"));
        editableCycle(draft.cycleId());
        if (draft.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Draft " + draftId + " changed meanwhile");
        }
        return draft;
    }

    private Cycle editableCycle(long cycleId) {
        Cycle cycle = cycles.cycle(cycleId).orElseThrow(() -> new CycleRuleViolation("cycle.error.not-found"));
        if (cycle.adopted()) {
            throw new CycleRuleViolation("cycle.error.adopted-read-only");
        }
        return cycle;
    }

    private void touch(DraftRecord draft) {
        draft.touch(clock.instant());
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new CycleRuleViolation("draft.error.title-required");
        }
        if (title.strip().length() > TITLE_MAX) {
            throw new CycleRuleViolation("draft.error.title-too-long", TITLE_MAX);
        }
        return title.strip();
    }

    private static String normalised(String markdown) {
        return markdown.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean isAdmin() {
        return CurrentUser.get().map(u -> u.hasRole(org.policycommons.identity.PortalRole.DISTRICT_ADMIN)).orElse(false);
    }

    private static PortalUser actor() {
        return CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    private DraftVersion toVersion(VersionRecord v) {
        return new DraftVersion(v.id(), v.draftId(), v.number(), v.publishedAt(), v.source(),
                sections.findByVersionIdOrderByPosition(v.id()).stream().map(SectionRecord::toSection).toList());
    }

    private static Draft toDraft(DraftRecord d, List<Draft.VersionSummary> versionList) {
        return new Draft(d.id(), d.cycleId(), d.title(), d.version(), versionList);
    }
}
