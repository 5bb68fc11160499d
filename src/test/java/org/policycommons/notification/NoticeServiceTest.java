package org.policycommons.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.policycommons.cycle.CyclePlan;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.schedule.PhaseTransitions;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.TenantScope;
import org.policycommons.identity.UserSignedIn;
import org.policycommons.notification.repository.AnnouncementRecord;
import org.policycommons.notification.repository.AnnouncementRepository;
import org.policycommons.participant.ParticipantService;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.policycommons.text.Translated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * When public comment opens, everyone the district's realm lists with a commenting role gets an in-app notice and,
 * unless they turned it off, an email in their own language, received here by a real SMTP server; that includes
 * people who have never signed in. Roles with nothing to do are not told. The realm is the real Keycloak.
 */
class NoticeServiceTest extends PortalIntegrationTest {

    @Autowired
    PhaseTransitions transitions;
    @Autowired
    CycleService cycles;
    @Autowired
    ParticipantService participants;
    @Autowired
    NoticeService notices;
    @Autowired
    NoticeDelivery delivery;
    @Autowired
    AnnouncementRepository announcements;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyoneTheRealmListsWithACommentingRoleIsToldInTheirLanguageAndOthersAreNot() throws MessagingException {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String run = run();
        String english = "family-en-" + run + "@springfield.example.org";
        String neverSignedIn = "family-es-" + run + "@springfield.example.org";
        String noEmail = "student-" + run + "@springfield.example.org";
        String board = "board-" + run + "@springfield.example.org";
        try (RealmUsers realm = new RealmUsers()) {
            String familyEn = realm.create("springfield", "fam-en-" + run, english, PortalRole.FAMILY, null);
            String familyEs = realm.create("springfield", "fam-es-" + run, neverSignedIn, PortalRole.FAMILY, "es");
            String student = realm.create("springfield", "student-" + run, noEmail, PortalRole.STUDENT, null);
            String boardMember = realm.create("springfield", "board-" + run, board, PortalRole.BOARD, null);
            signedInOnce(springfield, familyEn, english, PortalRole.FAMILY);
            signedInOnce(springfield, student, noEmail, PortalRole.STUDENT);
            signedInOnce(springfield, boardMember, board, PortalRole.BOARD);
            SignedIn.as(springfield, student, "Sam", PortalRole.STUDENT);
            participants.wantEmailNotices(false);

            String title = "Review " + run;
            long cycleId = createCycle(springfield, title, LocalDate.of(2037, 2, 1));
            SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
            cycles.retitle(cycleId, cycles.cycle(cycleId).orElseThrow().version(),
                    new Translated(java.util.Map.of("en", title, "es", "Revisión " + run)));
            SignedIn.out();
            clock.standAt(LocalDate.of(2037, 2, 11).atTime(LocalTime.of(0, 5)).atZone(springfield.timeZone()).toInstant());
            transitions.runOnce();

            awaitTrue("both families' emails",
                    () -> mailTo(english, title).size() == 1 && mailTo(neverSignedIn, run).size() == 1);
            MimeMessage toEnglish = mailTo(english, title).getFirst();
            assertThat(toEnglish.getSubject()).isEqualTo("Public comment is open: " + title);
            assertThat(GreenMailUtil.getBody(toEnglish)).contains("/d/springfield/review");
            MimeMessage toSpanish = mailTo(neverSignedIn, run).getFirst();
            assertThat(toSpanish.getSubject()).as("the language chosen in Keycloak, the review's Spanish title")
                    .isEqualTo("Fase abierta: Comentarios públicos — Revisión " + run);
            assertThat(mailTo(noEmail)).as("turned email off").isEmpty();
            assertThat(mailTo(board)).as("the board does not comment").isEmpty();

            SignedIn.as(springfield, student, "Sam", PortalRole.STUDENT);
            // Only this cycle's notices: another test's opening may come due when the clock is moved on.
            assertThat(notices.mine(PageRequest.of(0, 10)).getContent()).filteredOn(n -> n.cycleTitle().equals(title))
                    .extracting(Notice::messageKey, Notice::phase, Notice::cycleTitle)
                    .containsExactly(Tuple.tuple("notice.phase-opened", "PUBLIC_COMMENT", title));
            assertThat(notices.unreadCount()).isPositive();
            notices.markAllRead();
            assertThat(notices.unreadCount()).isZero();

            SignedIn.as(springfield, familyEs, "Rosa", PortalRole.FAMILY);
            assertThat(notices.mine(PageRequest.of(0, 10)).getContent()).as("never signed in, told all the same")
                    .extracting(Notice::cycleTitle).contains(title);

            SignedIn.as(springfield, boardMember, "Linda", PortalRole.BOARD);
            assertThat(notices.mine(PageRequest.of(0, 10)).getContent()).isEmpty();
        }
    }

    @Test
    void whenKeycloakRefusesTheAnnouncementWaitsAndInTheEndGoesToThoseWhoHaveSignedIn() {
        District riverside = districts.bySlug("riverside").orElseThrow();
        String run = run();
        String signedIn = "family-in-" + run + "@riverside.example.org";
        String realmOnly = "family-out-" + run + "@riverside.example.org";
        try (RealmUsers realm = new RealmUsers()) {
            String familyIn = realm.create("riverside", "fam-in-" + run, signedIn, PortalRole.FAMILY, null);
            realm.create("riverside", "fam-out-" + run, realmOnly, PortalRole.FAMILY, null);
            signedInOnce(riverside, familyIn, signedIn, PortalRole.FAMILY);
            RealmUsers.RealmRights rights = realm.serviceAccountRights("riverside");
            rights.revoke("view-users");
            rights.revoke("view-realm");
            try {
                String title = "Review " + run;
                long cycleId = createCycle(riverside, title, LocalDate.of(2037, 6, 1));
                clock.standAt(LocalDate.of(2037, 6, 11).atTime(LocalTime.of(0, 5)).atZone(riverside.timeZone()).toInstant());
                transitions.runOnce();

                awaitTrue("a first, refused attempt", () -> announcementOf(riverside, cycleId).attempts() == 1);
                AnnouncementRecord waiting = announcementOf(riverside, cycleId);
                assertThat(waiting.done()).isFalse();
                assertThat(waiting.lastError()).contains("realm riverside");
                assertThat(mailTo(signedIn, title)).isEmpty();

                clock.advance(Duration.ofMinutes(1).plusSeconds(1));
                delivery.deliverEverywhere();
                assertThat(announcementOf(riverside, cycleId).done()).as("second attempt, still refused").isFalse();

                clock.advance(Duration.ofSeconds(1));
                delivery.deliverEverywhere();
                assertThat(announcementOf(riverside, cycleId).attempts()).as("not due yet").isEqualTo(2);

                clock.advance(Duration.ofMinutes(2));
                delivery.deliverEverywhere();
                assertThat(announcementOf(riverside, cycleId).done()).as("third attempt falls back").isTrue();
                assertThat(mailTo(signedIn, title)).hasSize(1);
                assertThat(mailTo(realmOnly, title)).as("unknown to the portal without Keycloak").isEmpty();
            } finally {
                rights.grant("view-users");
                rights.grant("view-realm");
            }
        }
    }

    @Test
    void twoWorkersAtOnceAnnounceAndMailEachPersonOnce() throws Exception {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String run = run();
        List<String> addresses = List.of("partner-a-" + run + "@springfield.example.org",
                "partner-b-" + run + "@springfield.example.org", "partner-c-" + run + "@springfield.example.org");
        try (RealmUsers realm = new RealmUsers()) {
            for (int i = 0; i < addresses.size(); i++) {
                realm.create("springfield", "partner-" + i + "-" + run, addresses.get(i), PortalRole.PARTNER, null);
            }
            // Written straight into the outbox, as an opening's transaction would, with nobody working it yet.
            TenantScope.runAs(springfield.id(), () -> transactions.executeWithoutResult(status -> announcements.save(
                    new AnnouncementRecord(clock.instant(), NoticeService.PHASE_OPENED, 0, "Concurrent " + run,
                            PhaseKind.PUBLIC_COMMENT.name()))));

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService workers = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> done = List.of(
                        workers.submit(() -> awaitThenDeliver(start, springfield)),
                        workers.submit(() -> awaitThenDeliver(start, springfield)));
                start.countDown();
                for (Future<?> worker : done) {
                    worker.get();
                }
            } finally {
                workers.shutdown();
            }
            for (String address : addresses) {
                assertThat(mailTo(address, "Concurrent " + run)).as(address).hasSize(1);
            }
        }
    }

    private void awaitThenDeliver(CountDownLatch start, District district) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        TenantScope.runAs(district.id(), delivery::deliverDue);
    }

    private long createCycle(District district, String title, LocalDate start) {
        SignedIn.as(district, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        CyclePlan sample = CyclePlans.sample(start);
        long id = cycles.createCycle(new CyclePlan(title, sample.schoolYear(), sample.description(),
                sample.startsOn(), sample.endsOn(), sample.phases()));
        SignedIn.out();
        return id;
    }

    private AnnouncementRecord announcementOf(District district, long cycleId) {
        return TenantScope.callAs(district.id(), () -> announcements.findByCycleIdOrderById(cycleId).stream()
                .filter(a -> a.phase().equals("PUBLIC_COMMENT")).findFirst().orElseThrow());
    }

    private void signedInOnce(District district, String subject, String email, PortalRole role) {
        TenantScope.runAs(district.id(),
                () -> participants.recordSignIn(new UserSignedIn(district.id(), subject, email, Set.of(role))));
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** This run's mails to the address about this cycle; other tests' cycles may announce to the same realm users. */
    private static List<MimeMessage> mailTo(String address, String cycleTitle) {
        return mailTo(address).stream().filter(message -> {
            try {
                return message.getSubject().contains(cycleTitle);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
