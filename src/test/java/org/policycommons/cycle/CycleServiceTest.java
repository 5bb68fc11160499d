package org.policycommons.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.audit.AuditEntry;
import org.policycommons.audit.AuditLog;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.policycommons.text.Translated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The rules of a review cycle, on the real database, with the portal's clock stood where each rule bites. */
class CycleServiceTest extends PortalIntegrationTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final LocalDate START = LocalDate.of(2031, 1, 5);

    @Autowired
    CycleService cycles;
    @Autowired
    AuditLog audit;
    @Autowired
    DistrictDirectory districts;

    private District springfield;

    @BeforeEach
    void signInAsSpringfieldAdmin() {
        springfield = districts.bySlug("springfield").orElseThrow();
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    @Test
    void anAdminCreatesACycleWhosePhasesFollowTheCalendar() {
        standAt(START.minusDays(1), 12, 0);
        long id = cycles.createCycle(plan());

        Cycle cycle = cycles.cycle(id).orElseThrow();
        assertThat(cycle.phases()).extracting(Phase::kind).containsExactly(PhaseKind.values());
        assertThat(cycle.phases()).extracting(Phase::state).containsOnly(PhaseState.UPCOMING);

        standAt(START.plusDays(22), 9, 0); // comment and vote windows overlap here
        assertThat(cycles.cycle(id).orElseThrow().openPhases()).extracting(Phase::kind)
                .containsExactly(PhaseKind.PUBLIC_COMMENT, PhaseKind.PRIORITY_VOTE);
    }

    @Test
    void aCycleTitleIsGivenInTheDistrictsLanguagesAndReadersWithoutTheirsGetTheFirst() {
        standAt(START.minusDays(1), 12, 0);
        long id = cycles.createCycle(plan(), new Translated(Map.of("es", "Revisión de la política")));
        Cycle cycle = cycles.cycle(id).orElseThrow();
        assertThat(cycle.titleFor(Locale.forLanguageTag("es"))).isEqualTo("Revisión de la política");
        assertThat(cycle.titleFor(Locale.ENGLISH)).isEqualTo(plan().title());
        // A language the text lacks: the district's first, marked as such.
        assertThat(cycle.shownTitle(Locale.forLanguageTag("vi"))).satisfies(shown -> {
            assertThat(shown.text()).isEqualTo(plan().title());
            assertThat(shown.language()).isEqualTo(Locale.ENGLISH);
            assertThat(shown.fallback()).isTrue();
        });

        assertRefusedKey(() -> cycles.retitle(id, cycle.version(), new Translated(Map.of("es", "Solo español"))),
                "cycle.error.title-required");
        assertRefusedKey(() -> cycles.retitle(id, cycle.version(), new Translated(Map.of("en", "Review",
                "vi", "Xem xét"))), "text.error.language-not-offered");
        assertRefusedKey(() -> cycles.retitle(id, cycle.version(), new Translated(Map.of("en", "x".repeat(201)))),
                "text.error.too-long");
        cycles.retitle(id, cycle.version(), new Translated(Map.of("en", "SRO policy review 2031",
                "es", "Revisión de la política SRO 2031")));
        Cycle retitled = cycles.cycle(id).orElseThrow();
        assertThat(retitled.title()).as("staff and the audit log name it in the first language")
                .isEqualTo("SRO policy review 2031");
        assertThat(retitled.titleFor(Locale.forLanguageTag("es"))).isEqualTo("Revisión de la política SRO 2031");
        assertThat(cycles.history()).filteredOn(c -> c.id() == id).singleElement()
                .extracting(c -> c.titleFor(Locale.forLanguageTag("es"))).isEqualTo("Revisión de la política SRO 2031");
        assertThat(audit.entries(id, null, PageRequest.of(0, 10)).getContent().getFirst())
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("cycle.retitled");
                    assertThat(entry.after()).contains("Revisión de la política SRO 2031");
                });
        assertRefusedKey(() -> cycles.retitle(id, cycle.version(), retitled.titles()), "cycle.error.changed-meanwhile");

        SignedIn.as(springfield, "family-subject", "A parent", PortalRole.FAMILY);
        assertThatThrownBy(() -> cycles.retitle(id, retitled.version(), retitled.titles()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertRefusedKey(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key) {
        assertThatThrownBy(action).isInstanceOf(org.policycommons.common.RuleViolation.class)
                .extracting(e -> ((org.policycommons.common.RuleViolation) e).messageKey()).isEqualTo(key);
    }

    @Test
    void aWindowClosesAtMidnightInTheDistrictsTimeZoneWithoutAnyJob() {
        standAt(START.minusDays(1), 12, 0);
        long id = cycles.createCycle(plan());
        LocalDate lastCommentDay = START.plusDays(30);

        standAt(lastCommentDay, 23, 59);
        cycles.requireOpen(id, PhaseKind.PUBLIC_COMMENT);

        standAt(lastCommentDay.plusDays(1), 0, 0);
        assertThatThrownBy(() -> cycles.requireOpen(id, PhaseKind.PUBLIC_COMMENT))
                .isInstanceOf(CycleRuleViolation.class)
                .extracting(e -> ((CycleRuleViolation) e).messageKey()).isEqualTo("cycle.error.phase-not-open");
    }

    @Test
    void datesThatBreakTheRulesAreRefusedWithATranslatableReason() {
        assertRefused(withPhase(PhaseKind.REVISION, START.plusDays(45), START.plusDays(40)), "cycle.error.window-out-of-order");
        assertRefused(withPhase(PhaseKind.BOARD_REVIEW, START.plusDays(46), START.plusDays(120)), "cycle.error.window-outside-cycle");
        assertRefused(withPhase(PhaseKind.PUBLIC_COMMENT, START.plusDays(5), START.plusDays(30)), "cycle.error.phase-before-previous");
        assertRefused(withPhase(PhaseKind.REVISION, START.plusDays(33), START.plusDays(45)), "cycle.error.phase-before-previous");
        CyclePlan p = plan();
        assertRefused(new CyclePlan(p.title(), p.schoolYear(), p.description(), p.endsOn(), p.startsOn(), p.phases()),
                "cycle.error.cycle-dates-out-of-order");
        assertRefused(new CyclePlan(" ", p.schoolYear(), p.description(), p.startsOn(), p.endsOn(), p.phases()),
                "cycle.error.title-required");
        assertRefused(new CyclePlan(p.title(), p.schoolYear(), p.description(), p.startsOn(), p.endsOn(),
                p.phases().subList(0, 5)), "cycle.error.phases-required");
    }

    @Test
    void aPhaseThatHasBegunCannotBeRescheduledButCanBeClosedEarlyWithAReason() {
        standAt(START.minusDays(1), 12, 0);
        long id = cycles.createCycle(plan());
        standAt(START.plusDays(15), 10, 0);
        long version = cycles.cycle(id).orElseThrow().version();
        assertThat(cycles.cycle(id).orElseThrow().phase(PhaseKind.PUBLIC_COMMENT).orElseThrow().asOf())
                .as("days left count from the portal's clock, in the district's zone").isEqualTo(START.plusDays(15));

        assertRefused(() -> cycles.reschedulePhase(id, version, new PhaseWindow(PhaseKind.PUBLIC_COMMENT,
                START.plusDays(10), START.plusDays(31))), "cycle.error.phase-begun");
        assertRefused(() -> cycles.closePhaseEarly(id, version, PhaseKind.PUBLIC_COMMENT, "  "), "cycle.error.reason-required");

        cycles.closePhaseEarly(id, version, PhaseKind.PUBLIC_COMMENT, "Draft withdrawn for legal review");

        Phase comment = cycles.cycle(id).orElseThrow().phase(PhaseKind.PUBLIC_COMMENT).orElseThrow();
        assertThat(comment.state()).isEqualTo(PhaseState.CLOSED);
        assertThat(comment.closedEarlyReason()).contains("Draft withdrawn for legal review");
        assertThat(comment.openedEarlyReason()).isEmpty();
        assertRefused(() -> cycles.requireOpen(id, PhaseKind.PUBLIC_COMMENT), "cycle.error.phase-not-open");
    }

    @Test
    void anUpcomingPhaseCanBeRescheduledOrOpenedEarly() {
        standAt(START.minusDays(1), 12, 0);
        long id = cycles.createCycle(plan());

        cycles.reschedulePhase(id, version(id), new PhaseWindow(PhaseKind.REVISION, START.plusDays(37), START.plusDays(44)));
        assertThat(cycles.cycle(id).orElseThrow().phase(PhaseKind.REVISION).orElseThrow().opensOn())
                .isEqualTo(START.plusDays(37));

        assertRefused(() -> cycles.reschedulePhase(id, version(id), new PhaseWindow(PhaseKind.DRAFTING,
                START.minusDays(1), START.plusDays(9))), "cycle.error.reschedule-not-future");
        assertRefused(() -> cycles.openPhaseEarly(id, version(id), PhaseKind.REVISION, "Skip ahead"),
                "cycle.error.previous-phase-open");

        cycles.openPhaseEarly(id, version(id), PhaseKind.DRAFTING, "Board asked to start a day early");
        assertThat(cycles.cycle(id).orElseThrow().phase(PhaseKind.DRAFTING).orElseThrow().state()).isEqualTo(PhaseState.OPEN);
        cycles.requireOpen(id, PhaseKind.DRAFTING);

        cycles.closePhaseEarly(id, version(id), PhaseKind.DRAFTING, "Draft finished sooner");
        Phase drafting = cycles.cycle(id).orElseThrow().phase(PhaseKind.DRAFTING).orElseThrow();
        assertThat(drafting.openedEarlyReason()).as("both reasons kept").contains("Board asked to start a day early");
        assertThat(drafting.closedEarlyReason()).contains("Draft finished sooner");
    }

    @Test
    void aSecondAdminSavingAnOutdatedCycleIsRefusedNotSilentlyOverwritten() {
        standAt(START.minusDays(1), 12, 0);
        long id = cycles.createCycle(plan());
        long seenByBoth = version(id);

        cycles.reschedulePhase(id, seenByBoth, new PhaseWindow(PhaseKind.REVISION, START.plusDays(37), START.plusDays(44)));

        assertRefused(() -> cycles.reschedulePhase(id, seenByBoth,
                new PhaseWindow(PhaseKind.REVISION, START.plusDays(38), START.plusDays(45))), "cycle.error.changed-meanwhile");
        assertThat(cycles.cycle(id).orElseThrow().phase(PhaseKind.REVISION).orElseThrow().opensOn())
                .isEqualTo(START.plusDays(37));
    }

    @Test
    void twoAdminsSavingAtTheSameMomentLeaveExactlyOneChange() throws InterruptedException {
        standAt(START.minusDays(1), 12, 0);
        long id = cycles.createCycle(plan());
        long seenByBoth = version(id);
        List<Throwable> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Thread> admins = new ArrayList<>();
        for (int offset : new int[] {37, 38}) {
            Thread admin = new Thread(() -> {
                SignedIn.as(springfield, "admin-" + offset, "Admin " + offset, PortalRole.DISTRICT_ADMIN);
                try {
                    go.await();
                    cycles.reschedulePhase(id, seenByBoth,
                            new PhaseWindow(PhaseKind.REVISION, START.plusDays(offset), START.plusDays(44)));
                } catch (Throwable refused) {
                    refusals.add(refused);
                } finally {
                    SignedIn.out();
                }
            });
            admin.start();
            admins.add(admin);
        }
        go.countDown();
        for (Thread admin : admins) {
            admin.join();
        }

        assertThat(refusals).hasSize(1);
        assertThat(cycles.cycle(id).orElseThrow().version()).isEqualTo(seenByBoth + 1);
        assertThat(audit.entries(id, null, PageRequest.of(0, 10)).getContent())
                .filteredOn(e -> e.action().equals("phase.rescheduled")).hasSize(1);
    }

    @Test
    void anAdoptedCycleIsReadOnlyAndTheNextReviewDefaultsToAYearAfterAdoption() {
        standAt(START.minusDays(1), 12, 0);
        long id = cycles.createCycle(plan());
        LocalDate vote = START.plusDays(60);
        cycles.recordMilestones(id, version(id), new BoardMilestones(START.plusDays(47), "Discussed", START.plusDays(52),
                "Amended", vote, "Adopted 5–2", vote.plusDays(30), null));
        // Before drafting has begun: only with a reason.
        assertRefused(() -> cycles.markAdopted(id, version(id), " "), "cycle.error.adoption-before-comment");
        cycles.markAdopted(id, version(id), "The board kept last year's policy unchanged");

        Cycle adopted = cycles.cycle(id).orElseThrow();
        assertThat(audit.entries(id, null, PageRequest.of(0, 10)).getContent().getFirst())
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("cycle.adopted"))
                .satisfies(entry -> assertThat(entry.after()).contains("The board kept last year's policy unchanged"));
        assertThat(adopted.adopted()).isTrue();
        assertThat(adopted.milestones().nextReviewDueOn()).isEqualTo(vote.plusYears(1));
        assertRefused(() -> cycles.reschedulePhase(id, adopted.version(),
                new PhaseWindow(PhaseKind.ADOPTED, vote.plusDays(1), null)), "cycle.error.adopted-read-only");
    }

    @Test
    void adoptionEndsEveryOpenWindowAtThatMomentWhateverTheDatesSay() {
        standAt(START.minusDays(1), 12, 0);
        long id = cycles.createCycle(plan());
        LocalDate vote = START.plusDays(60);
        cycles.recordMilestones(id, version(id), new BoardMilestones(null, null, null, null, vote, "Adopted 4–3",
                vote.plusDays(30), null));
        // Day 25: public comment (days 10–30) and the vote (20–35) are open.
        standAt(START.plusDays(25), 9, 30);
        cycles.requireOpen(id, PhaseKind.PUBLIC_COMMENT);
        cycles.requireOpen(id, PhaseKind.PRIORITY_VOTE);

        cycles.markAdopted(id, version(id), null);

        Cycle adopted = cycles.cycle(id).orElseThrow();
        assertThat(adopted.phase(PhaseKind.PUBLIC_COMMENT).orElseThrow().state()).isEqualTo(PhaseState.CLOSED);
        assertThat(adopted.phase(PhaseKind.PRIORITY_VOTE).orElseThrow().state()).isEqualTo(PhaseState.CLOSED);
        for (PhaseKind kind : List.of(PhaseKind.PUBLIC_COMMENT, PhaseKind.PRIORITY_VOTE, PhaseKind.REVISION)) {
            assertRefused(() -> cycles.requireOpen(id, kind), CycleService.ADOPTED_CLOSED);
        }
        // Still refused on a later day that the dates would have left open.
        standAt(START.plusDays(29), 9, 30);
        assertRefused(() -> cycles.requireOpen(id, PhaseKind.PUBLIC_COMMENT), CycleService.ADOPTED_CLOSED);
        assertThat(audit.entries(id, null, PageRequest.of(0, 10)).getContent().getFirst().after())
                .contains("PUBLIC_COMMENT", "PRIORITY_VOTE");
    }

    @Test
    void everyAdminActionIsAuditedWithBeforeAndAfterAndTheBoardCanReadIt() {
        standAt(START.minusDays(1), 12, 0);
        long id = cycles.createCycle(plan());
        cycles.openPhaseEarly(id, version(id), PhaseKind.DRAFTING, "Ready early");

        SignedIn.as(springfield, "board-subject", "Linda Park", PortalRole.BOARD);
        List<AuditEntry> entries = audit.entries(id, null, PageRequest.of(0, 10)).getContent();

        assertThat(entries).extracting(AuditEntry::action).containsExactly("phase.opened-early", "cycle.created");
        assertThat(entries).extracting(AuditEntry::actorName).containsOnly("Carlos Mendoza");
        assertThat(entries.get(0).before()).contains("\"state\":\"UPCOMING\"");
        assertThat(entries.get(0).after()).contains("\"state\":\"OPEN\"", "Ready early");
        assertThat(audit.entries(null, "admin-subject", PageRequest.of(0, 50)).getContent())
                .allSatisfy(e -> assertThat(e.actorSubject()).isEqualTo("admin-subject"));
    }

    @Test
    void peopleWhoAreNotAdminsAreRefusedByTheService() {
        SignedIn.as(springfield, "family-subject", "Maria Lopez", PortalRole.FAMILY);

        assertThatThrownBy(() -> cycles.createCycle(plan())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.entries(null, null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(springfield, "board-subject", "Linda Park", PortalRole.BOARD);
        assertThatThrownBy(() -> cycles.openPhaseEarly(1, 0, PhaseKind.DRAFTING, "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherDistrictsCycleDoesNotExistForThisDistrict() {
        standAt(START.minusDays(1), 12, 0);
        long id = cycles.createCycle(plan());

        District riverside = districts.bySlug("riverside").orElseThrow();
        SignedIn.as(riverside, "rv-admin", "Priya Shah", PortalRole.DISTRICT_ADMIN);

        assertThat(cycles.cycle(id)).isEmpty();
        assertThat(cycles.history()).extracting(Cycle::id).doesNotContain(id);
        assertRefused(() -> cycles.openPhaseEarly(id, 0, PhaseKind.DRAFTING, "x"), "cycle.error.not-found");
    }

    private long version(long id) {
        return cycles.cycle(id).orElseThrow().version();
    }

    private void standAt(LocalDate day, int hour, int minute) {
        clock.standAt(LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(CHICAGO).toInstant());
    }

    private void assertRefused(CyclePlan plan, String messageKey) {
        assertRefused(() -> cycles.createCycle(plan), messageKey);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action).isInstanceOf(CycleRuleViolation.class)
                .extracting(e -> ((CycleRuleViolation) e).messageKey()).isEqualTo(messageKey);
    }

    private static CyclePlan withPhase(PhaseKind kind, LocalDate opensOn, LocalDate closesOn) {
        CyclePlan p = plan();
        return new CyclePlan(p.title(), p.schoolYear(), p.description(), p.startsOn(), p.endsOn(),
                p.phases().stream().map(w -> w.kind() == kind ? new PhaseWindow(kind, opensOn, closesOn) : w).toList());
    }

    static CyclePlan plan() {
        return CyclePlans.sample(START);
    }
}
