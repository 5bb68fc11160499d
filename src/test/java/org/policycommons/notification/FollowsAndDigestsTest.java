package org.policycommons.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.Disposition;
import org.policycommons.comment.Follows;
import org.policycommons.comment.ResponseService;
import org.policycommons.comment.Stance;
import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.CyclePlan;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.TenantScope;
import org.policycommons.identity.UserSignedIn;
import org.policycommons.notification.repository.DigestRepository;
import org.policycommons.participant.EmailDigest;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Notices that bring people back, on the real database, Keycloak and SMTP server: following a section or a draft
 * (one notice a day of others' new comments, never another district's), a reply to one's comment, a response to a
 * comment one co-signed, a window closing while one has not taken part, daily digests (one per person and day, with
 * two instances at work), and the signed one-click unsubscribe of every email.
 */
class FollowsAndDigestsTest extends PortalIntegrationTest {

    @Autowired
    Follows follows;
    @Autowired
    CommentService comments;
    @Autowired
    ResponseService responses;
    @Autowired
    DraftService drafts;
    @Autowired
    CycleService cycles;
    @Autowired
    ParticipantService participants;
    @Autowired
    NoticeService notices;
    @Autowired
    NoticeDelivery delivery;
    @Autowired
    DigestRepository digests;
    @Autowired
    Unsubscribes unsubscribes;
    @Autowired
    DistrictDirectory districts;

    private District springfield;
    private String run;
    private long draftId;
    private long cycleId;
    private long arrests;
    private long searches;

    /** A review of its own, far from the others' dates, open for comment from START + 10 to START + 30. */
    private void review(LocalDate start) {
        springfield = districts.bySlug("springfield").orElseThrow();
        run = UUID.randomUUID().toString().substring(0, 8);
        standAt(start.minusDays(1), LocalTime.NOON);
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        CyclePlan sample = CyclePlans.sample(start);
        cycleId = cycles.createCycle(new CyclePlan("Follows " + run, sample.schoolYear(), sample.description(),
                sample.startsOn(), sample.endsOn(), sample.phases()));
        draftId = drafts.createDraft(cycleId, "Follows " + run,
                "# Arrests\nOfficers arrest students.\n\n# Searches\nOfficers search lockers.\n");
        drafts.publish(draftId, drafts.draft(draftId).orElseThrow().version());
        DraftVersion version = drafts.version(draftId, 1).orElseThrow();
        arrests = version.sections().get(0).id();
        searches = version.sections().get(1).id();
        SignedIn.out();
    }

    @BeforeEach
    void district() {
        springfield = districts.bySlug("springfield").orElseThrow();
    }

    @Test
    void aFollowerIsToldOnceADayOfOthersNewCommentsAndCannotFollowAnotherDistrict() throws Exception {
        LocalDate start = LocalDate.of(2035, 8, 6);
        District riverside = districts.bySlug("riverside").orElseThrow();
        SignedIn.as(riverside, "admin-subject", "Rita Admin", PortalRole.DISTRICT_ADMIN);
        standAt(start.minusDays(2), LocalTime.NOON);
        long theirCycle = cycles.createCycle(CyclePlans.sample(start));
        long theirDraft = drafts.createDraft(theirCycle, "Riverside draft", "# Their section\nText.\n");
        drafts.publish(theirDraft, drafts.draft(theirDraft).orElseThrow().version());
        long theirSection = drafts.version(theirDraft, 1).orElseThrow().sections().getFirst().id();
        review(start);
        String followerMail = "follower-" + run + "@springfield.example.org";
        signedInOnce("follower-" + run, followerMail, PortalRole.FAMILY);

        standAt(start.plusDays(10), LocalTime.of(9, 0));
        SignedIn.as(springfield, "follower-" + run, "Fran", PortalRole.FAMILY);
        follows.followSection(arrests);
        follows.followSection(arrests);
        assertThat(follows.following(draftId).sectionKeys()).hasSize(1);
        assertThat(follows.following(draftId).wholeDraft()).isFalse();
        assertThatThrownBy(() -> follows.followSection(theirSection)).as("another district's section")
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("follow.error.not-found");
        assertThatThrownBy(() -> follows.followDraft(theirDraft)).as("another district's draft")
                .isInstanceOf(RuleViolation.class);
        comments.post(arrests, Stance.CONCERN, "My own comment does not count", null, Locale.ENGLISH);

        SignedIn.as(springfield, "other-" + run, "Omar", PortalRole.EDUCATOR);
        comments.post(arrests, Stance.QUESTION, "First on arrests", null, Locale.ENGLISH);
        comments.post(arrests, Stance.SUPPORT, "Second on arrests", null, Locale.ENGLISH);
        comments.post(searches, Stance.SUPPORT, "On searches, not followed", null, Locale.ENGLISH);

        standAt(start.plusDays(11), LocalTime.of(0, 10));
        delivery.deliverEverywhere();
        delivery.deliverEverywhere();
        SignedIn.as(springfield, "follower-" + run, "Fran", PortalRole.FAMILY);
        List<Notice> told = mine(NoticeService.FOLLOWED);
        assertThat(told).as("one notice for the day, however often the sweep runs").hasSize(1);
        assertThat(told.getFirst().detailText()).isEqualTo("2");
        assertThat(told.getFirst().link()).isEqualTo("/drafts/" + draftId + "/v/1");
        MimeMessage mail = awaitMail(followerMail, "New comments on what you follow");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<" + portalUrl() + "/public/springfield/unsubscribe?t=");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        // The whole draft as well: a comment on a followed section still counts once.
        follows.followDraft(draftId);
        assertThat(follows.following(draftId).wholeDraft()).isTrue();
        SignedIn.as(springfield, "other-" + run, "Omar", PortalRole.EDUCATOR);
        comments.post(arrests, Stance.QUESTION, "Third on arrests", null, Locale.ENGLISH);
        comments.post(searches, Stance.QUESTION, "Second on searches", null, Locale.ENGLISH);
        standAt(start.plusDays(12), LocalTime.of(0, 10));
        delivery.deliverEverywhere();
        SignedIn.as(springfield, "follower-" + run, "Fran", PortalRole.FAMILY);
        assertThat(mine(NoticeService.FOLLOWED)).extracting(Notice::detailText).containsExactly("2", "2");

        follows.unfollowDraft(draftId);
        follows.unfollowSection(arrests);
        assertThat(follows.following(draftId)).isEqualTo(Follows.Following.NOTHING);
        SignedIn.as(springfield, "other-" + run, "Omar", PortalRole.EDUCATOR);
        comments.post(arrests, Stance.QUESTION, "Nobody follows this any more", null, Locale.ENGLISH);
        standAt(start.plusDays(13), LocalTime.of(0, 10));
        delivery.deliverEverywhere();
        SignedIn.as(springfield, "follower-" + run, "Fran", PortalRole.FAMILY);
        assertThat(mine(NoticeService.FOLLOWED)).hasSize(2);
    }

    @Test
    void aReplyAndAResponseToACosignedCommentAreToldToTheirPeople() {
        LocalDate start = LocalDate.of(2035, 10, 8);
        review(start);
        standAt(start.plusDays(10), LocalTime.NOON);
        SignedIn.as(springfield, "author-" + run, "Ana", PortalRole.FAMILY);
        long comment = comments.post(arrests, Stance.CONCERN, "Arrests at school", null, Locale.ENGLISH);
        comments.reply(comment, "I add to my own comment", Locale.ENGLISH);
        assertThat(mine(NoticeService.REPLY)).as("nobody is told of their own reply").isEmpty();

        SignedIn.as(springfield, "replier-" + run, "Raúl", PortalRole.EDUCATOR);
        comments.reply(comment, "I agree", Locale.ENGLISH);
        SignedIn.forOrganisation(springfield, "civil-" + run, "Aisha Johnson", "Equal Justice " + run,
                PortalRole.CIVIL_RIGHTS);
        comments.cosign(comment);
        SignedIn.as(springfield, "admin-subject", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        responses.respond(List.of(comment), "We will look at arrests.", Disposition.PARTLY_ADOPTED);

        SignedIn.as(springfield, "author-" + run, "Ana", PortalRole.FAMILY);
        assertThat(mine(NoticeService.REPLY)).singleElement()
                .extracting(Notice::link).isEqualTo("/drafts/" + draftId + "/v/1#section-1");
        assertThat(mine(NoticeService.RESPONSE_GIVEN)).hasSize(1);
        assertThat(mine(NoticeService.RESPONSE_COSIGNED)).as("the author is told once, as the author").isEmpty();
        SignedIn.forOrganisation(springfield, "civil-" + run, "Aisha Johnson", "Equal Justice " + run,
                PortalRole.CIVIL_RIGHTS);
        assertThat(mine(NoticeService.RESPONSE_COSIGNED)).singleElement().satisfies(n -> {
            assertThat(n.detailKey()).isEqualTo(Disposition.PARTLY_ADOPTED.translationKey());
            assertThat(n.link()).isEqualTo("/responses/" + cycleId);
        });
        SignedIn.as(springfield, "replier-" + run, "Raúl", PortalRole.EDUCATOR);
        assertThat(mine(NoticeService.REPLY)).isEmpty();
    }

    @Test
    void aDailyDigestIsOneEmailPerPersonAndDayEvenWithTwoInstancesAndAWeeklyOneWaits() throws Exception {
        LocalDate start = LocalDate.of(2035, 12, 3);
        review(start);
        String dailyMail = "daily-" + run + "@springfield.example.org";
        String weeklyMail = "weekly-" + run + "@springfield.example.org";
        signedInOnce("daily-" + run, dailyMail, PortalRole.FAMILY);
        signedInOnce("weekly-" + run, weeklyMail, PortalRole.FAMILY);
        LocalDate day = start.plusDays(14);
        standAt(day, LocalTime.of(10, 0));
        SignedIn.as(springfield, "daily-" + run, "Dana", PortalRole.FAMILY);
        participants.chooseEmailDigest(EmailDigest.DAILY);
        long daily = comments.post(arrests, Stance.QUESTION, "Daily reader's question", null, Locale.ENGLISH);
        SignedIn.as(springfield, "weekly-" + run, "Wes", PortalRole.FAMILY);
        participants.chooseEmailDigest(EmailDigest.WEEKLY);
        long weekly = comments.post(arrests, Stance.QUESTION, "Weekly reader's question", null, Locale.ENGLISH);
        SignedIn.as(springfield, "replier-" + run, "Raúl", PortalRole.EDUCATOR);
        comments.reply(daily, "An answer", Locale.ENGLISH);
        comments.reply(daily, "Another answer", Locale.ENGLISH);
        comments.reply(weekly, "An answer for the week", Locale.ENGLISH);
        Thread.sleep(1500);
        assertThat(mailTo(dailyMail)).as("nothing by email before the digest").isEmpty();

        standAt(day.plusDays(1), LocalTime.of(6, 5));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> both = List.of(instances.submit(() -> sweepAfter(go)), instances.submit(() -> sweepAfter(go)));
            go.countDown();
            for (Future<?> instance : both) {
                instance.get();
            }
        } finally {
            instances.shutdown();
        }
        MimeMessage digest = awaitMail(dailyMail, "Your notices from Policy Commons (2)");
        String body = textOf(digest.getContent());
        assertThat(body).contains("Someone replied to your comment").contains("/drafts/" + draftId + "/v/1#section-1")
                .contains("/public/springfield/unsubscribe?t=");
        assertThat(digest.getHeader("List-Unsubscribe")).isNotNull();
        Thread.sleep(500);
        assertThat(mailTo(dailyMail)).as("one digest, though two instances swept").hasSize(1);
        long dailyId = participantId("daily-" + run);
        assertThat(TenantScope.callAs(springfield.id(), () -> digests.findByParticipantIdOrderById(dailyId)))
                .extracting(d -> d.period()).containsExactly("D" + day.plusDays(1));
        assertThat(mailTo(weeklyMail)).as("the weekly digest waits for Monday").isEmpty();

        // The Monday after: the week's digest, once.
        LocalDate monday = day.plusDays(1).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        standAt(monday, LocalTime.of(6, 1));
        delivery.deliverEverywhere();
        delivery.deliverEverywhere();
        awaitMail(weeklyMail, "Your notices from Policy Commons (1)");
        assertThat(mailTo(weeklyMail)).hasSize(1);
    }

    @Test
    void whoHasNotTakenPartIsToldOnceThreeDaysBeforeTheWindowCloses() throws Exception {
        LocalDate start = LocalDate.of(2036, 2, 4);
        review(start);
        try (RealmUsers realm = new RealmUsers()) {
            String tookPartMail = "took-part-" + run + "@springfield.example.org";
            String notYetMail = "not-yet-" + run + "@springfield.example.org";
            String tookPart = realm.create("springfield", "took-part-" + run, tookPartMail, PortalRole.FAMILY, null);
            String notYet = realm.create("springfield", "not-yet-" + run, notYetMail, PortalRole.FAMILY, "es");
            standAt(start.plusDays(12), LocalTime.NOON);
            SignedIn.as(springfield, tookPart, "Tia", PortalRole.FAMILY);
            comments.post(arrests, Stance.SUPPORT, "I took part", null, Locale.ENGLISH);

            standAt(start.plusDays(27), LocalTime.of(23, 0));
            delivery.deliverEverywhere();
            assertThat(mailTo(notYetMail)).filteredOn(m -> subject(m).contains(run)).as("four days before: not yet")
                    .isEmpty();

            standAt(start.plusDays(28), LocalTime.of(8, 0));
            delivery.deliverEverywhere();
            delivery.deliverEverywhere();
            MimeMessage told = awaitMail(notYetMail, run);
            assertThat(told.getSubject()).contains("Comentarios públicos").contains("cierra el").contains("2036");
            SignedIn.as(springfield, notYet, "Nora", PortalRole.FAMILY);
            assertThat(mine(NoticeService.CLOSING_SOON)).filteredOn(n -> n.cycleId() == cycleId).singleElement()
                    .satisfies(n -> {
                assertThat(n.phase()).isEqualTo("PUBLIC_COMMENT");
                assertThat(n.detailText()).isEqualTo(start.plusDays(30).toString());
                assertThat(n.link()).isEqualTo("/drafts/" + cycleId);
            });
            SignedIn.as(springfield, tookPart, "Tia", PortalRole.FAMILY);
            assertThat(mine(NoticeService.CLOSING_SOON)).filteredOn(n -> n.cycleId() == cycleId)
                    .as("took part: not told").isEmpty();
            Thread.sleep(500);
            assertThat(mailTo(notYetMail)).filteredOn(m -> subject(m).contains(run)).as("once").hasSize(1);
        }
    }

    @Test
    void theUnsubscribeLinkIsSignedForItsPersonRefusedForgedOrExpiredAndWorksWithOneClick() throws Exception {
        review(LocalDate.of(2036, 5, 6));
        String mail = "leaver-" + run + "@springfield.example.org";
        signedInOnce("leaver-" + run, mail, PortalRole.FAMILY);
        long leaver = participantId("leaver-" + run);
        signedInOnce("stayer-" + run, "stayer-" + run + "@springfield.example.org", PortalRole.FAMILY);
        long stayer = participantId("stayer-" + run);
        District riverside = districts.bySlug("riverside").orElseThrow();

        String token = TenantScope.callAs(springfield.id(), () -> unsubscribes.token(leaver));
        assertThat(TenantScope.callAs(springfield.id(), () -> unsubscribes.check(token).id())).isEqualTo(leaver);
        String[] parts = token.split("\\.");
        assertRefused(stayer + "." + parts[1] + "." + parts[2], Unsubscribes.FORGED);
        assertRefused(parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2], Unsubscribes.FORGED);
        assertRefused("not-a-token", Unsubscribes.FORGED);
        assertRefused(null, Unsubscribes.FORGED);
        String riversideToken = TenantScope.callAs(riverside.id(), () -> unsubscribes.token(leaver));
        assertRefused(riversideToken, Unsubscribes.FORGED);

        clock.advance(Unsubscribes.VALID_FOR.plusMinutes(1));
        assertRefused(token, Unsubscribes.EXPIRED);
        clock.advance(Unsubscribes.VALID_FOR.plusMinutes(1).negated());

        // A mail provider's one-click POST (RFC 8058), with no cookie and no session.
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(portalUrl()
                        + "/public/springfield/unsubscribe?t=" + stayer + "." + parts[1] + "." + parts[2]))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("This link does not work").doesNotContain("Exception");
        assertThat(emailOn(stayer)).isTrue();
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(portalUrl()
                        + "/public/springfield/unsubscribe?t=" + token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(emailOn(leaver)).isFalse();
        assertThat(emailOn(stayer)).isTrue();
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> TenantScope.callAs(springfield.id(), () -> unsubscribes.check(token)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(reason);
    }

    private boolean emailOn(long participantId) {
        return TenantScope.callAs(springfield.id(), () -> participants.byIds(List.of(participantId)).get(participantId))
                .emailNotices();
    }

    private long participantId(String subject) {
        return TenantScope.callAs(springfield.id(), () -> participants.bySubjects(List.of(subject)).get(subject)).id();
    }

    private void sweepAfter(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        delivery.deliverEverywhere();
    }

    private List<Notice> mine(String messageKey) {
        return notices.mine(PageRequest.of(0, 50)).getContent().stream()
                .filter(n -> n.messageKey().equals(messageKey)).toList().reversed();
    }

    private void signedInOnce(String subject, String email, PortalRole role) {
        TenantScope.runAs(springfield.id(), () -> participants.recordSignIn(
                new UserSignedIn(springfield.id(), subject, email, Set.of(role))));
    }

    private void standAt(LocalDate day, LocalTime time) {
        clock.standAt(day.atTime(time).atZone(springfield.timeZone()).toInstant());
    }

    private static MimeMessage awaitMail(String address, String subjectPart) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : mailTo(address)) {
                if (message.getSubject().contains(subjectPart)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No email to " + address + " about " + subjectPart);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
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
