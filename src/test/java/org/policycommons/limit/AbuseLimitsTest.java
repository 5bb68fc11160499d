package org.policycommons.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policycommons.common.RuleViolation;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.member.Invitation;
import org.policycommons.member.MemberService;
import org.policycommons.support.Eventually;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The limits that are not about comments: a district admin's invitations and a district's self-registered sign-ups.
 * (Comments, replies, edits, flags and co-signatures: CommentServiceTest.)
 */
class AbuseLimitsTest extends PortalIntegrationTest {

    @Autowired
    AbuseLimits limits;
    @Autowired
    MemberService members;
    @Autowired
    DistrictDirectory districts;

    private District riverside;
    private String run;

    @BeforeEach
    void aMomentOfItsOwn() {
        riverside = districts.bySlug("riverside").orElseThrow();
        run = UUID.randomUUID().toString().substring(0, 8);
        // A minute no other test uses, so that only this test's sign-ups count for the district.
        clock.standAt(Instant.parse("2037-03-01T15:30:05Z"));
    }

    @Test
    void anAdminInvitesAtMostTwentyPeopleAMinuteAndTheRefusalComesBeforeKeycloakIsAsked() {
        SignedIn.as(riverside, "admin-" + run, "Priya Shah", PortalRole.DISTRICT_ADMIN);
        for (int i = 0; i < 20; i++) {
            limits.count(LimitedAction.INVITATION);
        }
        Throwable refused = catchThrowable(() -> members.invite(new Invitation("new.parent+" + run + "@example.org",
                "New", "Parent", Set.of(PortalRole.FAMILY), null, Locale.ENGLISH)));
        assertThat(refused).isInstanceOf(RuleViolation.class);
        assertThat(((RuleViolation) refused).messageKey()).isEqualTo("limit.error.per-minute");
        assertThat(members.page("new.parent+" + run, 0, 10)).isEmpty();

        // Another admin of the district has an allowance of their own.
        SignedIn.as(riverside, "admin-2-" + run, "Owen Davis", PortalRole.DISTRICT_ADMIN);
        limits.count(LimitedAction.INVITATION);
    }

    /**
     * As several portal instances would: many requests of one person at the same moment, each counted in the
     * database, and never more let through than the limit.
     */
    @Test
    void requestsAtTheSameMomentNeverPassTheLimitTogether() throws InterruptedException {
        String admin = "admin-burst-" + run;
        AtomicInteger passed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Throwable> other = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> requests = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Thread request = Thread.ofPlatform().start(() -> {
                SignedIn.as(riverside, admin, "Priya Shah", PortalRole.DISTRICT_ADMIN);
                try {
                    go.await();
                    limits.count(LimitedAction.INVITATION);
                    passed.incrementAndGet();
                } catch (RuleViolation overLimit) {
                    refused.incrementAndGet();
                } catch (Throwable unexpected) {
                    other.add(unexpected);
                } finally {
                    SignedIn.out();
                }
            });
            requests.add(request);
        }
        go.countDown();
        for (Thread request : requests) {
            request.join();
        }
        assertThat(other).isEmpty();
        assertThat(passed.get()).isEqualTo(20);
        assertThat(refused.get()).isEqualTo(10);

        // Each refusal is in the moderators' queue, though its own transaction rolled back.
        SignedIn.as(riverside, "moderator-" + run, "Grace Kim", PortalRole.MODERATOR);
        Eventually.holds(() -> assertThat(limits.recentHits(50)).anySatisfy(hit -> {
            assertThat(hit.actorLabel()).isEqualTo("Priya Shah");
            assertThat(hit.action()).isEqualTo(LimitedAction.INVITATION);
            assertThat(hit.hits()).isEqualTo(10);
        }));
    }

    @Test
    void aDistrictTakesAtMostThirtySignUpsAMinuteAndTheRestWaitForALaterSignIn() {
        List<Boolean> answers = new ArrayList<>();
        // Outside any session or tenant scope, as during a first sign-in.
        for (int i = 0; i < 31; i++) {
            answers.add(limits.countSignUp(riverside.id(), "account-" + run + "-" + i));
        }
        assertThat(answers.subList(0, 30)).containsOnly(true);
        assertThat(answers.get(30)).isFalse();

        clock.advance(Duration.ofMinutes(1));
        assertThat(limits.countSignUp(riverside.id(), "account-" + run + "-30")).isTrue();
    }
}
