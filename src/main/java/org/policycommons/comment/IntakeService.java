package org.policycommons.comment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.policycommons.audit.AuditLog;
import org.policycommons.comment.repository.CommentEditRecord;
import org.policycommons.comment.repository.CommentEditRepository;
import org.policycommons.comment.repository.CommentRecord;
import org.policycommons.comment.repository.CommentRepository;
import org.policycommons.comment.repository.IntakeRecord;
import org.policycommons.comment.repository.IntakeRepository;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.policycommons.text.TranslatedTexts;
import org.policycommons.vote.VoterGroup;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Input received outside the portal (testimony at a board meeting, a paper form, a letter, an email, a phone call),
 * entered by a district admin so that it counts like input typed online (docs/decisions/025). Each item is one voice
 * with a pseudonym and no account, of the group the speaker declared or of "not stated"; it speaks through comment
 * rows on the sections it concerns, or on the draft as a whole, marked with its channel. A name given with it is kept
 * for the district's records and never shown. Entering is refused once the cycle is adopted; correcting and
 * withdrawing, once public comment has closed. Every entry, correction and withdrawal is audited, and each
 * correction keeps the earlier wording.
 */
@Service
@Transactional(readOnly = true)
public class IntakeService {

    static final int NAME_MAX = 200;

    private final IntakeRepository items;
    private final CommentRepository comments;
    private final CommentEditRepository edits;
    private final DraftService drafts;
    private final CycleService cycles;
    private final ParticipantService participants;
    private final DistrictDirectory districts;
    private final TranslatedTexts texts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Attachments attachments;

    IntakeService(IntakeRepository items, CommentRepository comments, CommentEditRepository edits, DraftService drafts,
                  CycleService cycles, ParticipantService participants, DistrictDirectory districts,
                  TranslatedTexts texts, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                  Attachments attachments) {
        this.attachments = attachments;
        this.items = items;
        this.comments = comments;
        this.edits = edits;
        this.drafts = drafts;
        this.cycles = cycles;
        this.participants = participants;
        this.districts = districts;
        this.texts = texts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One item as staff enter it.
     *
     * @param group      the group the speaker declared; empty for "not stated"
     * @param name       the name given with it, if any: kept, never shown
     * @param sectionIds the sections of the version it concerns; empty together with {@code wholeDraft}
     * @param wholeDraft it concerns the draft as a whole
     * @param language   the language it was given in
     */
    public record NewItem(Channel channel, LocalDate receivedOn, Optional<VoterGroup> group, String name,
                          List<Long> sectionIds, boolean wholeDraft, Stance stance, String text, TextKind kind,
                          Locale language) {
    }

    /**
     * An item as staff see it on the intake page (never with the name).
     *
     * @param sections   the numbers of the sections it concerns, in order; empty for the draft as a whole
     * @param correctable whether it may still be corrected or withdrawn (public comment is open)
     * @param files       the scans attached to it
     */
    public record Item(long id, int versionNumber, Channel channel, LocalDate receivedOn, Optional<VoterGroup> group,
                       List<Integer> sections, boolean wholeDraft, Stance stance, String text, TextKind kind,
                       String language, Instant enteredAt, Instant editedAt, boolean withdrawn,
                       long version, boolean correctable, List<Long> commentIds,
                       List<Attachments.Attached> files) {
    }

    /** The groups a speaker may declare, in the order the form offers them ("not stated" is the empty choice). */
    public List<VoterGroup> groups() {
        return VoterGroup.VOTING;
    }

    /** The languages input may be entered in: the district's. */
    public List<Locale> languages() {
        return texts.offered();
    }

    /** Enters one item on a published version of a draft; returns its id. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public long enter(long draftId, int versionNumber, NewItem item) {
        Prepared prepared = prepare(draftId, versionNumber, item);
        PortalUser staff = CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        Participant voice = participants.offlineVoice();
        IntakeRecord saved = items.save(new IntakeRecord(new IntakeRecord.Placement(prepared.cycle().id(), draftId,
                prepared.version().id(), voice.id(), item.wholeDraft()), prepared.group(), prepared.name(),
                prepared.entry(), prepared.language().getLanguage(), staff.subject(), clock.instant()));
        CommentRecord.Author author = new CommentRecord.Author(voice.id(), prepared.group(), null, null);
        List<Section> placed = prepared.sections().isEmpty() ? Collections.singletonList(null)
                : prepared.sections();
        IntakeRecord.Entry entry = prepared.entry();
        for (Section section : placed) {
            CommentRecord.Placement placement = new CommentRecord.Placement(prepared.cycle().id(), draftId,
                    prepared.version().id(), section == null ? null : section.id(), section == null ? null : section.key(),
                    null, null, 0);
            CommentRecord row = comments.save(CommentRecord.received(placement, author, saved.id(), entry.channel(),
                    entry.receivedOn(), entry.stance(), entry.body(), entry.textKind(),
                    prepared.language().getLanguage(), clock.instant()));
            announce(row);
        }
        audit.record("intake.entered", prepared.cycle().id(), null,
                described(saved, prepared.version().number(), prepared.sections()));
        return saved.id();
    }

    /** An item checked and ready to write: where it goes and what it says. */
    record Prepared(Cycle cycle, DraftVersion version, IntakeRecord.Entry entry, List<Section> sections,
                    Locale language, String name, String group) {
    }

    /**
     * Checks an item as {@link #enter} would, writing nothing: refused with the first reason found. For the batch
     * import, which checks every row before it writes any.
     */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    Prepared prepare(long draftId, int versionNumber, NewItem item) {
        Draft draft = drafts.draft(draftId).orElseThrow(() -> new CycleRuleViolation("intake.error.draft-not-found"));
        DraftVersion version = drafts.version(draftId, versionNumber).filter(DraftVersion::published)
                .orElseThrow(() -> new CycleRuleViolation("intake.error.version"));
        Cycle cycle = cycles.cycle(draft.cycleId())
                .orElseThrow(() -> new CycleRuleViolation("intake.error.draft-not-found"));
        if (cycle.adopted()) {
            throw new CycleRuleViolation(CycleService.ADOPTED_CLOSED);
        }
        IntakeRecord.Entry entry = entry(item.channel(), item.receivedOn(), item.stance(), item.text(), item.kind(),
                cycle);
        List<Section> sections = sections(version, item.sectionIds(), item.wholeDraft());
        Locale language = item.language();
        if (language == null || texts.offered().stream().noneMatch(l -> l.getLanguage().equals(language.getLanguage()))) {
            throw new CycleRuleViolation("intake.error.language");
        }
        String name = item.name() == null || item.name().isBlank() ? null : item.name().strip();
        if (name != null && name.length() > NAME_MAX) {
            throw new CycleRuleViolation("intake.error.name-too-long", NAME_MAX);
        }
        String group = item.group().map(VoterGroup::code).orElse(VoterGroup.NOT_STATED_CODE);
        return new Prepared(cycle, version, entry, sections, language, name, group);
    }

    /** Corrects an item while public comment is open; the earlier wording of each of its comments is kept. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public void correct(long itemId, long expectedVersion, Channel channel, LocalDate receivedOn, Stance stance,
                        String text, TextKind kind) {
        IntakeRecord item = correctable(itemId);
        if (item.version() != expectedVersion) {
            throw new CycleRuleViolation("comment.error.changed-meanwhile");
        }
        Cycle cycle = cycles.cycle(item.cycleId()).orElseThrow(() -> new CycleRuleViolation("intake.error.not-found"));
        IntakeRecord.Entry entry = entry(channel, receivedOn, stance, text, kind, cycle);
        IntakeRecord.Entry before = item.entry();
        if (before.equals(entry)) {
            return;
        }
        for (CommentRecord row : comments.findByIntakeIdOrderByIdAsc(itemId)) {
            edits.save(new CommentEditRecord(row, clock.instant()));
            row.reenter(entry.channel(), entry.receivedOn(), entry.stance(), entry.body(), entry.textKind(),
                    clock.instant());
            announce(row);
        }
        item.correct(entry, clock.instant());
        audit.record("intake.corrected", item.cycleId(), entryMap(itemId, before), entryMap(itemId, entry));
    }

    /** Withdraws an item entered by mistake while public comment is open: it is kept, and no longer shown or counted. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public void withdraw(long itemId) {
        IntakeRecord item = correctable(itemId);
        item.withdraw(clock.instant());
        for (CommentRecord row : comments.findByIntakeIdOrderByIdAsc(itemId)) {
            row.withdraw(clock.instant());
            announce(row);
        }
        audit.record("intake.withdrawn", item.cycleId(), entryMap(itemId, item.entry()), null);
    }

    /** A draft's items, newest entered first, a page at a time. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    public Page<Item> items(long draftId, Pageable page) {
        Draft draft = drafts.draft(draftId).orElseThrow(() -> new CycleRuleViolation("intake.error.draft-not-found"));
        boolean open = cycles.isOpen(draft.cycleId(), PhaseKind.PUBLIC_COMMENT);
        // A draft has a few versions: each read once, with its sections' numbers.
        Map<Long, Integer> versionNumbers = new HashMap<>();
        Map<Long, Integer> sectionNumbers = new HashMap<>();
        for (Draft.VersionSummary summary : draft.published()) {
            drafts.version(draftId, summary.number()).ifPresent(v -> {
                versionNumbers.put(v.id(), v.number());
                v.sections().forEach(section -> sectionNumbers.put(section.id(), section.number()));
            });
        }
        Page<IntakeRecord> found = items.findByDraftIdOrderByEnteredAtDescIdDesc(draftId, page);
        Map<Long, List<CommentRecord>> rowsOf = found.isEmpty() ? Map.of()
                : comments.findByIntakeIdInOrderByIdAsc(found.map(IntakeRecord::id).toList()).stream()
                .collect(Collectors.groupingBy(CommentRecord::intakeId));
        Map<Long, List<Attachments.Attached>> files = attachments.of(rowsOf.values().stream()
                .map(List::getFirst).toList());
        return found.map(r -> {
            List<CommentRecord> rows = rowsOf.getOrDefault(r.id(), List.of());
            List<Integer> numbers = rows.stream().filter(c -> !c.onWholeDraft())
                    .map(c -> sectionNumbers.getOrDefault(c.sectionId(), 0)).sorted().toList();
            IntakeRecord.Entry e = r.entry();
            return new Item(r.id(), versionNumbers.getOrDefault(r.versionId(), 0), e.channel(), e.receivedOn(),
                    VoterGroup.ofCode(r.declaredRole()).filter(g -> g != VoterGroup.NOT_STATED), numbers,
                    r.wholeDraft(), e.stance(), e.body(), e.textKind(), r.language(), r.enteredAt(), r.editedAt(),
                    r.withdrawnAt() != null, r.version(), open && r.withdrawnAt() == null,
                    rows.stream().map(CommentRecord::id).toList(),
                    rows.isEmpty() ? List.of() : files.getOrDefault(rows.getFirst().id(), List.of()));
        });
    }

    private IntakeRecord correctable(long itemId) {
        IntakeRecord item = items.findById(itemId).orElseThrow(() -> new CycleRuleViolation("intake.error.not-found"));
        if (item.withdrawnAt() != null) {
            throw new CycleRuleViolation("intake.error.withdrawn");
        }
        if (!cycles.isOpen(item.cycleId(), PhaseKind.PUBLIC_COMMENT)) {
            throw new CycleRuleViolation("intake.error.comment-closed");
        }
        return item;
    }

    /** What staff entered, checked: every field given, the text not too long, the day within the cycle and past. */
    private IntakeRecord.Entry entry(Channel channel, LocalDate receivedOn, Stance stance, String text, TextKind kind,
                                     Cycle cycle) {
        if (channel == null || !channel.offline()) {
            throw new CycleRuleViolation("intake.error.channel");
        }
        if (receivedOn == null) {
            throw new CycleRuleViolation("intake.error.date-required");
        }
        ZoneId zone = districts.byId(CurrentDistrict.require()).map(District::timeZone).orElse(ZoneId.of("UTC"));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (receivedOn.isAfter(today)) {
            throw new CycleRuleViolation("intake.error.date-future");
        }
        if (receivedOn.isBefore(cycle.startsOn()) || receivedOn.isAfter(cycle.endsOn())) {
            throw new CycleRuleViolation("intake.error.date-outside-cycle", cycle.startsOn(), cycle.endsOn());
        }
        if (stance == null) {
            throw new CycleRuleViolation("comment.error.stance-required");
        }
        if (text == null || text.isBlank()) {
            throw new CycleRuleViolation("intake.error.text-required");
        }
        String words = text.strip();
        if (words.length() > CommentRules.BODY_MAX) {
            throw new CycleRuleViolation("comment.error.body-too-long", CommentRules.BODY_MAX);
        }
        if (kind == null) {
            throw new CycleRuleViolation("intake.error.kind-required");
        }
        return new IntakeRecord.Entry(channel, receivedOn, stance, words, kind);
    }

    /** The version's sections the item concerns, in order; none for the draft as a whole. */
    private static List<Section> sections(DraftVersion version, List<Long> sectionIds, boolean wholeDraft) {
        List<Long> ids = sectionIds == null ? List.of() : sectionIds.stream().distinct().toList();
        if (wholeDraft) {
            if (!ids.isEmpty()) {
                throw new CycleRuleViolation("intake.error.whole-or-sections");
            }
            return List.of();
        }
        if (ids.isEmpty()) {
            throw new CycleRuleViolation("intake.error.sections-required");
        }
        Map<Long, Section> ofVersion = version.sections().stream()
                .collect(Collectors.toMap(Section::id, s -> s, (a, b) -> a, LinkedHashMap::new));
        Set<Long> chosen = Set.copyOf(ids);
        for (Long id : ids) {
            if (!ofVersion.containsKey(id)) {
                throw new CycleRuleViolation("intake.error.section-elsewhere");
            }
        }
        return ofVersion.values().stream().filter(s -> chosen.contains(s.id())).toList();
    }

    private void announce(CommentRecord row) {
        if (!row.onWholeDraft()) {
            events.publishEvent(new CommentPosted(CurrentDistrict.require(), row.versionId(), row.sectionId(), row.id()));
        }
    }

    /** The audit entry of an item: everything staff entered but the name, which is never shown. */
    private static Map<String, Object> described(IntakeRecord item, int versionNumber, List<Section> sections) {
        Map<String, Object> after = new LinkedHashMap<>(entryMap(item.id(), item.entry()));
        after.put("version", versionNumber);
        after.put("group", item.declaredRole());
        after.put("sections", sections.isEmpty() ? "whole draft"
                : sections.stream().map(s -> String.valueOf(s.number())).collect(Collectors.joining(", ")));
        after.put("language", item.language());
        after.put("name given", item.givenName() != null);
        return after;
    }

    private static Map<String, Object> entryMap(long itemId, IntakeRecord.Entry entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("item", itemId);
        map.put("channel", entry.channel().name());
        map.put("received on", entry.receivedOn().toString());
        map.put("stance", entry.stance().name());
        map.put("text kind", entry.textKind().name());
        map.put("text", entry.body());
        return map;
    }
}
