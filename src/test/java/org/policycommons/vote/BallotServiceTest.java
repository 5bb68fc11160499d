package org.policycommons.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.policycommons.text.Translated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Priorities, ballots and results on the real database, with the vote window where each rule bites. */
class BallotServiceTest extends PortalIntegrationTest {

    private static final LocalDate START = LocalDate.of(2036, 1, 6);

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BallotService ballots;
    @Autowired
    CycleSuppression suppression;
    @Autowired
    PriorityService priorities;
    @Autowired
    CycleService cycles;
    @Autowired
    DistrictDirectory districts;

    private District springfield;
    private long cycleId;
    private List<Priority> list;
    private String run;

    @BeforeEach
    void aCycleWithItsSeededPriorities() {
        springfield = districts.bySlug("springfield").orElseThrow();
        run = UUID.randomUUID().toString().substring(0, 8);
        standAt(START.minusDays(1));
        asAdmin();
        cycleId = cycles.createCycle(CyclePlans.sample(START));
        list = priorities.priorities(cycleId);
    }

    @Test
    void aNewCycleStartsWithOnePriorityPerSecureStepInBothLanguagesEditableUntilTheVoteOpens() {
        assertThat(list).hasSize(5).allSatisfy(p -> {
            assertThat(p.title().in(Locale.ENGLISH)).isPresent();
            assertThat(p.title().in(SPANISH)).isPresent();
            assertThat(p.explanation().in(SPANISH)).isPresent();
            assertThat(p.actionStep()).isPresent();
        });
        assertThat(list.getFirst().title().in(SPANISH)).contains("Un acuerdo escrito que diga quién hace qué");
        long added = priorities.add(cycleId, words("Counsellors before officers", "Consejeros antes que agentes"),
                words("More counsellors.", "Más consejeros."));
        priorities.changeSetup(cycleId, new VoteSetup(12, 6));
        assertRefused(() -> priorities.changeSetup(cycleId, new VoteSetup(10, 11)), "priority.error.cap");

        standAt(START.plusDays(21)); // the vote runs from day 20 to day 35
        assertRefused(() -> priorities.add(cycleId, words("Late", "Tarde"), words("Late", "Tarde")),
                "priority.error.vote-opened");
        assertRefused(() -> priorities.remove(added), "priority.error.vote-opened");
        Priority p = priorities.priorities(cycleId).getLast();
        assertRefused(() -> priorities.reword(p.id(), p.version(), p.title().with(Locale.ENGLISH,
                "Officers before counsellors"), p.explanation()), "priority.error.reword-after-open");
        assertRefused(() -> priorities.reword(p.id(), p.version(), p.title().with(SPANISH, ""),
                p.explanation().with(SPANISH, "")), "priority.error.reword-after-open");
        priorities.reword(p.id(), p.version(), p.title().with(Locale.ENGLISH, "Counselors before officers"),
                p.explanation().with(Locale.ENGLISH, "More counselors."));
        Priority fixed = priorities.priorities(cycleId).getLast();
        assertThat(fixed.title().in(Locale.ENGLISH)).contains("Counselors before officers");
        assertThat(fixed.title().in(SPANISH)).contains("Consejeros antes que agentes");
        assertThat(fixed.version()).isGreaterThan(p.version());
        // The version moved with the words: a second save of the version read before is refused.
        assertRefused(() -> priorities.reword(p.id(), p.version(), p.title(), p.explanation()),
                "cycle.error.changed-meanwhile");
    }

    @Test
    void aPriorityIsWrittenInTheDistrictsLanguagesEachWithATitleAndAnExplanation() {
        assertRefused(() -> priorities.add(cycleId, words("", "Solo en español"), words("", "Solo.")),
                "priority.error.title-required");
        assertRefused(() -> priorities.add(cycleId, words("Counsellors", "Consejeros"), words("More counsellors.", "")),
                "priority.error.explanation-required");
        assertRefused(() -> priorities.add(cycleId, words("x".repeat(PriorityService.TITLE_MAX + 1), ""),
                words("More counsellors.", "")), "text.error.too-long");
        assertRefused(() -> priorities.add(cycleId, new Translated(Map.of("en", "Counsellors", "vi", "Cố vấn")),
                new Translated(Map.of("en", "More.", "vi", "Thêm."))), "text.error.language-not-offered");
        // Spanish left out: the Spanish reader gets the English, and knows it is English.
        long englishOnly = priorities.add(cycleId, words("Counsellors first", ""), words("More counsellors.", ""));
        Priority added = priorities.priorities(cycleId).stream().filter(p -> p.id() == englishOnly).findFirst().orElseThrow();
        assertThat(added.title().forReader(SPANISH, List.of(Locale.ENGLISH, SPANISH)))
                .hasValueSatisfying(shown -> {
                    assertThat(shown.text()).isEqualTo("Counsellors first");
                    assertThat(shown.fallback()).isTrue();
                    assertThat(shown.language()).isEqualTo(Locale.ENGLISH);
                });
        assertThat(priorities.titlesFor(cycleId, SPANISH)).containsEntry(englishOnly, "Counsellors first");
        assertThat(priorities.titlesFor(cycleId, SPANISH).get(list.getFirst().id()))
                .isEqualTo("Un acuerdo escrito que diga quién hace qué");
        assertThat(jdbc.queryForObject("select after_value from audit_event where action = 'priority.added'"
                + " order by id desc limit 1", String.class)).contains("Counsellors first");
    }

    private static Translated words(String english, String spanish) {
        return new Translated(Map.of("en", english, "es", spanish));
    }

    @Test
    void aBallotStaysWithinTheBudgetAndTheCapAndCanBeChangedUntilTheVoteCloses() {
        standAt(START.plusDays(21));
        voter("fam", PortalRole.FAMILY);
        assertRefused(() -> ballots.cast(cycleId, Map.of(id(0), 6)), "vote.error.over-cap");
        assertRefused(() -> ballots.cast(cycleId, Map.of(id(0), 5, id(1), 5, id(2), 1)), "vote.error.over-budget");
        assertRefused(() -> ballots.cast(cycleId, Map.of(id(0), -1)), "vote.error.negative");
        assertRefused(() -> ballots.cast(cycleId, Map.of(999_999L, 1)), "vote.error.unknown-priority");
        ballots.cast(cycleId, Map.of(id(0), 5, id(1), 5));
        ballots.cast(cycleId, Map.of(id(2), 3));
        MyBallot mine = ballots.myBallot(cycleId);
        assertThat(mine.points()).containsExactlyEntriesOf(Map.of(id(2), 3));
        assertThat(mine.savedAt()).isPresent();

        standAt(START.plusDays(36));
        assertRefused(() -> ballots.cast(cycleId, Map.of(id(0), 1)), "vote.error.window-closed");
    }

    @Test
    void theBoardAndStaffRolesDoNotVoteNorDoesAnotherDistrict() {
        standAt(START.plusDays(21));
        SignedIn.as(springfield, "board-" + run, "Linda Park", PortalRole.BOARD);
        assertRefused(() -> ballots.cast(cycleId, Map.of(id(0), 1)), "vote.error.role-cannot-vote");
        asAdmin();
        assertRefused(() -> ballots.cast(cycleId, Map.of(id(0), 1)), "vote.error.role-cannot-vote");
        SignedIn.as(districts.bySlug("riverside").orElseThrow(), "rs-" + run, "Rosa", PortalRole.FAMILY);
        assertRefused(() -> ballots.cast(cycleId, Map.of(id(0), 1)), "vote.error.cycle-not-found");
        assertRefused(() -> ballots.results(cycleId), "vote.error.cycle-not-found");
    }

    @Test
    void resultsAreAggregatesWithSmallGroupsSuppressedAndOpenToAllOnlyAfterTheVote() {
        standAt(START.plusDays(21));
        // 6 families: 5 points each to priority 0 and 1; 5 educators: 5 to priority 2, 5 to priority 0; 2 students.
        for (int i = 0; i < 6; i++) {
            voter("fam" + i, PortalRole.FAMILY);
            ballots.cast(cycleId, Map.of(id(0), 5, id(1), 5));
        }
        for (int i = 0; i < 5; i++) {
            voter("edu" + i, PortalRole.EDUCATOR);
            ballots.cast(cycleId, Map.of(id(2), 5, id(0), 5));
        }
        for (int i = 0; i < 2; i++) {
            voter("stu" + i, PortalRole.STUDENT);
            ballots.cast(cycleId, Map.of(id(4), 5));
        }
        voter("fam0", PortalRole.FAMILY);
        assertRefused(() -> ballots.results(cycleId), "vote.error.results-not-yet");

        SignedIn.as(springfield, "board-" + run, "Linda Park", PortalRole.BOARD);
        Results live = ballots.results(cycleId);
        assertThat(live.voters()).isEqualTo(13);
        Results.Line first = live.overall().getFirst();
        assertThat(first.priorityId()).isEqualTo(id(0));
        assertThat(first.points()).isEqualTo(55);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.voters()).isEqualTo(11);
        assertThat(first.share()).isEqualTo(55.0 / 120.0);
        assertThat(live.groups().get(VoterGroup.STUDENT).suppressed()).isTrue();
        assertThat(live.groups().get(VoterGroup.STUDENT).lines()).isEmpty();
        // With students hidden, the smaller of the other groups is hidden too: totals minus families would show students.
        assertThat(live.groups().get(VoterGroup.EDUCATOR).suppressed()).isTrue();
        assertThat(live.groups().get(VoterGroup.FAMILY).suppressed()).isFalse();
        assertThat(live.groups().get(VoterGroup.FAMILY).voters()).isEqualTo(6);
        assertThat(live.topThree().get(VoterGroup.FAMILY)).startsWith(id(0), id(1));
        // A decision made for another cycle is never counted under: here it would hide no one.
        HiddenGroups elsewhere = HiddenGroups.decide(cycleId + 1, springfield.id(), Map.of(), Map.of());
        assertThatThrownBy(() -> ballots.results(cycleId, elsewhere)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ballots.results(cycleId, suppression.of(cycleId)).groups().get(VoterGroup.STUDENT).suppressed())
                .isTrue();

        standAt(START.plusDays(36));
        voter("fam0", PortalRole.FAMILY);
        assertThat(ballots.results(cycleId).voters()).isEqualTo(13);
    }

    @Test
    void manyThreadsSavingOnePersonsBallotLeaveOneBallotWithinBudget() throws Exception {
        standAt(START.plusDays(21));
        String subject = "tabs-" + run;
        SignedIn.as(springfield, subject, "Maria Lopez", PortalRole.FAMILY);
        ballots.cast(cycleId, Map.of(id(0), 1)); // her first save; then many tabs at once
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> saves = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int k = i;
            saves.add(pool.submit(() -> {
                SignedIn.as(springfield, subject, "Maria Lopez", PortalRole.FAMILY);
                try {
                    start.await();
                    Map<Long, Integer> ballot = new HashMap<>();
                    ballot.put(id(k % 5), 5);
                    ballot.put(id((k + 1) % 5), 5);
                    ballots.cast(cycleId, ballot);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> save : saves) {
            save.get();
        }
        pool.shutdown();
        SignedIn.as(springfield, subject, "Maria Lopez", PortalRole.FAMILY);
        MyBallot mine = ballots.myBallot(cycleId);
        assertThat(mine.spent()).isEqualTo(10);
        assertThat(mine.points()).hasSize(2);
        SignedIn.as(springfield, "board-" + run, "Linda Park", PortalRole.BOARD);
        assertThat(ballots.results(cycleId).voters()).as("one ballot").isEqualTo(1);
    }

    private long id(int index) {
        return list.get(index).id();
    }

    private void voter(String name, PortalRole role) {
        SignedIn.as(springfield, name + "-" + run, name, role);
    }

    private void asAdmin() {
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
    }

    private void standAt(LocalDate day) {
        clock.standAt(day.atTime(LocalTime.NOON).atZone(springfield.timeZone()).toInstant());
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
