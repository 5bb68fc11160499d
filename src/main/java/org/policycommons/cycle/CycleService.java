package org.policycommons.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.policycommons.audit.AuditLog;
import org.policycommons.cycle.repository.CycleRecord;
import org.policycommons.cycle.repository.CycleRepository;
import org.policycommons.cycle.repository.PhaseRecord;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.policycommons.text.Subject;
import org.policycommons.text.Translated;
import org.policycommons.text.TranslatedTexts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's review cycles: created and run by its admins, read by everyone in the district. Every window is
 * checked here, at the moment of use, against the district's clock and time zone; the UI only mirrors it.
 */
@Service
@Transactional(readOnly = true)
public class CycleService {

    /** The refusal of anything that takes part in a cycle once its policy is adopted; its argument is the date. */
    public static final String ADOPTED_CLOSED = "cycle.error.adopted-closed";
    /** The reason recorded on a window that adoption closed. */
    static final String ADOPTION_CLOSING = "Closed when the policy was adopted";

    static final String ADMIN = "hasRole('" + Roles.DISTRICT_ADMIN + "')";

    private final CycleRepository cycles;
    private final DistrictDirectory districts;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final TranslatedTexts texts;

    CycleService(CycleRepository cycles, DistrictDirectory districts, AuditLog audit, Clock clock,
                 ApplicationEventPublisher events, TranslatedTexts texts) {
        this.events = events;
        this.texts = texts;
        this.cycles = cycles;
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The languages a cycle's title is given in: the district's, its first required. */
    public List<Locale> languages() {
        return texts.offered();
    }

    /** All of the district's cycles, newest first. */
    public List<Cycle> history() {
        return history(clock.instant(), zone());
    }

    private List<Cycle> history(Instant now, ZoneId zone) {
        List<Cycle> all = cycles.findAllByOrderByStartsOnDesc().stream().map(c -> c.toCycle(now, zone)).toList();
        Map<Long, Translated> titles = texts.of(Subject.CYCLE_TITLE, all.stream().map(Cycle::id).toList());
        return all.stream().map(c -> c.withTitles(titles.getOrDefault(c.id(), Translated.NONE))).toList();
    }

    public Optional<Cycle> cycle(long id) {
        return cycles.findWithPhasesById(id).map(c -> c.toCycle(clock.instant(), zone()))
                .map(c -> c.withTitles(texts.of(Subject.CYCLE_TITLE, c.id())));
    }

    /** The cycle under way today, or else the next to start, or else the most recent. */
    public Optional<Cycle> current() {
        Instant now = clock.instant();
        ZoneId zone = zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Cycle> all = history(now, zone);
        return all.stream().filter(c -> !c.startsOn().isAfter(today) && !c.endsOn().isBefore(today) && !c.adopted())
                .findFirst()
                .or(() -> all.stream().filter(c -> c.startsOn().isAfter(today)).reduce((newer, older) -> older))
                .or(() -> all.stream().findFirst());
    }

    /**
     * The cycle a page's {@code :cycle} parameter names, or the current one when it names none; empty for an id that
     * is malformed or not this district's.
     */
    public Optional<Cycle> namedOrCurrent(Optional<String> parameter) {
        return parameter.isPresent()
                ? parameter.filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong).flatMap(this::cycle)
                : current();
    }

    /** When the next review is due, as the most recently adopted cycle set it. */
    public Optional<LocalDate> nextReviewDue() {
        return history().stream().filter(Cycle::adopted)
                .max(java.util.Comparator.comparing(Cycle::adoptedAt))
                .map(c -> c.milestones().nextReviewDueOn());
    }

    /** Refuses, with a translatable reason, unless the phase is open right now. Every windowed action calls this. */
    public void requireOpen(long cycleId, PhaseKind kind) {
        Optional<CycleRuleViolation> closed = whyClosed(cycleId, kind);
        if (closed.isPresent()) {
            throw closed.get();
        }
    }

    /**
     * Whether the phase is open right now, by the same rule as {@link #requireOpen}, for pages that only show it. It
     * never throws: a refusal crossing this transactional method would mark the caller's transaction rollback-only.
     */
    public boolean isOpen(long cycleId, PhaseKind kind) {
        return whyClosed(cycleId, kind).isEmpty();
    }

    private Optional<CycleRuleViolation> whyClosed(long cycleId, PhaseKind kind) {
        Optional<CycleRecord> found = cycles.findWithPhasesById(cycleId);
        if (found.isEmpty()) {
            return Optional.of(new CycleRuleViolation("cycle.error.not-found"));
        }
        CycleRecord cycle = found.get();
        if (cycle.adopted()) {
            // Adoption ends participation whatever the dates say (markAdopted also closes the open windows).
            return Optional.of(new CycleRuleViolation(ADOPTED_CLOSED, LocalDate.ofInstant(cycle.adoptedAt(), zone())));
        }
        if (cycle.phase(kind).stateAt(clock.instant(), zone()) != PhaseState.OPEN) {
            return Optional.of(new CycleRuleViolation("cycle.error.phase-not-open", kind));
        }
        return Optional.empty();
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public long createCycle(CyclePlan plan) {
        return createCycle(plan, Translated.NONE);
    }

    /**
     * Creates a cycle whose title is given in the district's languages: the plan's title is its first language's
     * (the one given here, if any), and the others are checked like every district text.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public long createCycle(CyclePlan plan, Translated titles) {
        List<Locale> offered = texts.offered();
        Translated all = titles.in(offered.getFirst()).isPresent() ? titles
                : titles.with(offered.getFirst(), plan.title());
        plan = new CyclePlan(all.in(offered.getFirst()).orElse(""), plan.schoolYear(), plan.description(),
                plan.startsOn(), plan.endsOn(), plan.phases());
        plan.validate();
        texts.checked(all, offered, CyclePlan.TITLE_MAX);
        CycleRecord cycle = cycles.save(new CycleRecord(plan, clock.instant()));
        texts.write(Subject.CYCLE_TITLE, cycle.id(), all, author());
        audit.record("cycle.created", cycle.id(), null, titles.byLanguage().size() > 1
                ? Map.of("plan", plan, "titles", all.byLanguage()) : plan);
        events.publishEvent(new CycleCreated(CurrentDistrict.require(), cycle.id()));
        return cycle.id();
    }

    /**
     * Gives the cycle's title in the district's languages, the first required; until the cycle is adopted. The title
     * in the first language is also the one staff and the audit log name the cycle by. Audited.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public void retitle(long cycleId, long expectedVersion, Translated titles) {
        CycleRecord cycle = forEdit(cycleId, expectedVersion);
        List<Locale> offered = texts.offered();
        if (titles.in(offered.getFirst()).isEmpty()) {
            throw new CycleRuleViolation("cycle.error.title-required");
        }
        texts.checked(titles, offered, CyclePlan.TITLE_MAX);
        Translated before = texts.of(Subject.CYCLE_TITLE, cycleId);
        if (before.byLanguage().equals(titles.byLanguage())) {
            return;
        }
        cycle.retitle(titles.in(offered.getFirst()).orElseThrow());
        texts.write(Subject.CYCLE_TITLE, cycleId, titles, author());
        audit.record("cycle.retitled", cycleId, before.byLanguage(), titles.byLanguage());
    }

    private static String author() {
        return CurrentUser.get().map(PortalUser::displayName).orElse("?");
    }

    /** Moves a phase's dates; refused once the phase has begun, or if the new dates break the cycle's rules. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void reschedulePhase(long cycleId, long expectedVersion, PhaseWindow window) {
        CycleRecord cycle = forEdit(cycleId, expectedVersion);
        PhaseRecord phase = cycle.phase(window.kind());
        Instant now = clock.instant();
        ZoneId zone = zone();
        if (phase.stateAt(now, zone) != PhaseState.UPCOMING) {
            throw new CycleRuleViolation("cycle.error.phase-begun", window.kind());
        }
        if (window.opensOn() != null && !window.opensOn().isAfter(LocalDate.ofInstant(now, zone))) {
            // Moving a phase to today or earlier would open it at once, without the reason an early opening needs.
            throw new CycleRuleViolation("cycle.error.reschedule-not-future", window.kind());
        }
        PhaseWindow before = phase.window();
        CyclePlan plan = cycle.plan();
        new CyclePlan(plan.title(), plan.schoolYear(), plan.description(), plan.startsOn(), plan.endsOn(),
                plan.phases().stream().map(p -> p.kind() == window.kind() ? window : p).toList()).validate();
        phase.reschedule(window.opensOn(), window.closesOn());
        audit.record("phase.rescheduled", cycleId, before, window);
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public void openPhaseEarly(long cycleId, long expectedVersion, PhaseKind kind, String reason) {
        CycleRecord cycle = forEdit(cycleId, expectedVersion);
        PhaseRecord phase = cycle.phase(kind);
        requireReason(reason);
        Instant now = clock.instant();
        ZoneId zone = zone();
        if (phase.stateAt(now, zone) != PhaseState.UPCOMING) {
            throw new CycleRuleViolation("cycle.error.phase-not-upcoming", kind);
        }
        for (PhaseKind earlier : kind.follows()) {
            if (cycle.phase(earlier).stateAt(now, zone) != PhaseState.CLOSED) {
                throw new CycleRuleViolation("cycle.error.previous-phase-open", kind, earlier);
            }
        }
        Phase before = phase.toPhase(now, zone);
        phase.openEarly(now, reason.strip());
        audit.record("phase.opened-early", cycleId, before, phase.toPhase(now, zone));
        events.publishEvent(new PhaseOpened(CurrentDistrict.require(), cycleId, cycle.title(), kind));
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public void closePhaseEarly(long cycleId, long expectedVersion, PhaseKind kind, String reason) {
        CycleRecord cycle = forEdit(cycleId, expectedVersion);
        PhaseRecord phase = cycle.phase(kind);
        requireReason(reason);
        Instant now = clock.instant();
        ZoneId zone = zone();
        if (phase.stateAt(now, zone) != PhaseState.OPEN) {
            throw new CycleRuleViolation("cycle.error.phase-not-open", kind);
        }
        Phase before = phase.toPhase(now, zone);
        phase.closeEarly(now, reason.strip());
        audit.record("phase.closed-early", cycleId, before, phase.toPhase(now, zone));
        events.publishEvent(new PhaseClosed(CurrentDistrict.require(), cycleId, cycle.title(), kind));
    }

    /** Records the board's readings and vote. Adopting the policy makes the cycle read-only from then on. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void recordMilestones(long cycleId, long expectedVersion, BoardMilestones milestones) {
        CycleRecord cycle = forEdit(cycleId, expectedVersion);
        BoardMilestones completed = withDefaultNextReview(milestones);
        checkMilestones(completed);
        BoardMilestones before = cycle.milestones();
        cycle.recordMilestones(completed);
        audit.record("cycle.milestones-recorded", cycleId, before, completed);
    }

    /**
     * Adopts the policy: every participation window still open closes at this moment, and nothing more is taken in
     * this cycle. Adopting before drafting or public comment has even begun needs a reason, which the audit log keeps.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public void markAdopted(long cycleId, long expectedVersion, String reasonIfEarly) {
        CycleRecord cycle = forEdit(cycleId, expectedVersion);
        BoardMilestones milestones = cycle.milestones();
        if (milestones.adoptionVoteOn() == null || milestones.takesEffectOn() == null) {
            throw new CycleRuleViolation("cycle.error.adoption-incomplete");
        }
        Instant now = clock.instant();
        ZoneId zone = zone();
        boolean early = java.util.stream.Stream.of(PhaseKind.DRAFTING, PhaseKind.PUBLIC_COMMENT)
                .anyMatch(kind -> cycle.phase(kind).stateAt(now, zone) == PhaseState.UPCOMING);
        String reason = reasonIfEarly == null ? "" : reasonIfEarly.strip();
        if (early && reason.isEmpty()) {
            throw new CycleRuleViolation("cycle.error.adoption-before-comment");
        }
        if (reason.length() > 1000) {
            throw new CycleRuleViolation("cycle.error.reason-too-long", 1000);
        }
        List<PhaseKind> closed = new java.util.ArrayList<>();
        for (PhaseKind kind : PhaseKind.values()) {
            if (kind != PhaseKind.ADOPTED && cycle.phase(kind).stateAt(now, zone) == PhaseState.OPEN) {
                cycle.phase(kind).closeEarly(now, ADOPTION_CLOSING);
                closed.add(kind);
            }
        }
        cycle.markAdopted(now);
        audit.record("cycle.adopted", cycleId, null,
                new Adoption(milestones, closed, early ? reason : null));
        closed.forEach(kind -> events.publishEvent(new PhaseClosed(CurrentDistrict.require(), cycleId, cycle.title(), kind)));
    }

    /** What the audit log keeps of an adoption. */
    record Adoption(BoardMilestones milestones, List<PhaseKind> windowsClosed, String earlyReason) {
    }

    private CycleRecord forEdit(long cycleId, long expectedVersion) {
        CycleRecord cycle = cycles.findForEditById(cycleId)
                .orElseThrow(() -> new CycleRuleViolation("cycle.error.not-found"));
        if (cycle.version() != expectedVersion) {
            // Someone saved this cycle since the admin loaded it: never overwrite their change silently.
            throw new CycleRuleViolation("cycle.error.changed-meanwhile");
        }
        if (cycle.adopted()) {
            throw new CycleRuleViolation("cycle.error.adopted-read-only");
        }
        return cycle;
    }

    private static BoardMilestones withDefaultNextReview(BoardMilestones m) {
        if (m.nextReviewDueOn() != null || m.adoptionVoteOn() == null) {
            return m;
        }
        return new BoardMilestones(m.firstReadingOn(), m.firstReadingOutcome(), m.secondReadingOn(),
                m.secondReadingOutcome(), m.adoptionVoteOn(), m.adoptionVoteOutcome(), m.takesEffectOn(),
                m.adoptionVoteOn().plusYears(1));
    }

    private static void checkMilestones(BoardMilestones m) {
        if (m.firstReadingOn() != null && m.secondReadingOn() != null && m.secondReadingOn().isBefore(m.firstReadingOn())) {
            throw new CycleRuleViolation("cycle.error.readings-out-of-order");
        }
        if (m.adoptionVoteOn() != null && m.takesEffectOn() != null && m.takesEffectOn().isBefore(m.adoptionVoteOn())) {
            throw new CycleRuleViolation("cycle.error.takes-effect-before-adoption");
        }
        if (m.adoptionVoteOn() != null && m.nextReviewDueOn() != null && !m.nextReviewDueOn().isAfter(m.adoptionVoteOn())) {
            throw new CycleRuleViolation("cycle.error.next-review-before-adoption");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CycleRuleViolation("cycle.error.reason-required");
        }
        if (reason.length() > 1000) {
            throw new CycleRuleViolation("cycle.error.reason-too-long", 1000);
        }
    }

    private ZoneId zone() {
        return districts.byId(CurrentDistrict.require()).orElseThrow().timeZone();
    }
}
