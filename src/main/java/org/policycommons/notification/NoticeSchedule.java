package org.policycommons.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policycommons.comment.CommentService;
import org.policycommons.comment.Follows;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.Phase;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseState;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.KeycloakDirectory.DirectoryUnavailable;
import org.policycommons.notification.repository.DigestRecord;
import org.policycommons.notification.repository.DigestRepository;
import org.policycommons.notification.repository.NoticeRecord;
import org.policycommons.notification.repository.NoticeRepository;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.policycommons.vote.BallotService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notices that come by the calendar, for the district in scope, each done once whatever the number of portal
 * instances (a {@code notice_run} key claimed in the work's own transaction):
 * <ul>
 *     <li>after each day ends, one notice per follower and draft of the new comments others wrote there that day;</li>
 *     <li>when a comment or vote window closes within {@link #CLOSING_NOTICE} days, a notice to each person whose
 *     role acts in it and who has not taken part;</li>
 *     <li>from {@link #DIGEST_HOUR} each day (daily) and each Monday (weekly), one digest email per person of the
 *     notices waiting for it.</li>
 * </ul>
 */
@Component
class NoticeSchedule {

    static final int CLOSING_NOTICE = 3;
    /** How many past days the follow notices look back for a day not yet announced. */
    static final int FOLLOWED_DAYS_BACK = 3;
    static final LocalTime DIGEST_HOUR = LocalTime.of(6, 0);
    private static final Logger log = LoggerFactory.getLogger(NoticeSchedule.class);

    private final NoticeRepository notices;
    private final DigestRepository digests;
    private final Follows follows;
    private final CycleService cycles;
    private final CommentService comments;
    private final BallotService ballots;
    private final ParticipantService participants;
    private final ActingPeople people;
    private final NoticeMail mail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NoticeSchedule(NoticeRepository notices, DigestRepository digests, Follows follows, CycleService cycles,
                   CommentService comments, BallotService ballots, ParticipantService participants,
                   ActingPeople people, NoticeMail mail, PlatformTransactionManager transactionManager, Clock clock) {
        this.notices = notices;
        this.digests = digests;
        this.follows = follows;
        this.cycles = cycles;
        this.comments = comments;
        this.ballots = ballots;
        this.participants = participants;
        this.people = people;
        this.mail = mail;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Whatever is due for the district in scope. Each piece is on its own: one that fails is logged and tried again at
     * the next sweep, and does not hold up the others or the outbox.
     */
    void runDue(ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        // The last few days, not only yesterday: a day no instance could finish (an outage) is still announced.
        for (int daysAgo = FOLLOWED_DAYS_BACK; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            safely("followed " + day, () -> followed(day, zone));
        }
        safely("closing notices", () -> closingSoon(now, zone));
        Instant digestTime = today.atTime(DIGEST_HOUR).atZone(zone).toInstant();
        if (!now.isBefore(digestTime)) {
            safely("daily digests", () -> digests("D" + today, digestTime, List.of("DAILY", "EACH")));
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Instant weekTime = monday.atTime(DIGEST_HOUR).atZone(zone).toInstant();
            safely("weekly digests", () -> digests("W" + monday, weekTime, List.of("WEEKLY")));
        }
    }

    private static void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Could not do the {} of district {} yet; the next sweep tries again", what,
                    CurrentDistrict.id().orElse(0L), e);
        }
    }

    /** One notice per follower and draft with the number of new comments others wrote there on {@code day}. */
    private void followed(LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        once("followed:" + day, now -> {
            List<Follows.Activity> activity = follows.activity(from, to);
            if (activity.isEmpty()) {
                return;
            }
            boolean mailOn = mail.enabled();
            Map<Long, Participant> followers = participants.byIds(
                    activity.stream().map(Follows.Activity::participantId).toList());
            for (Follows.Activity a : activity) {
                Participant follower = followers.get(a.participantId());
                if (follower == null) {
                    continue;
                }
                String title = cycles.cycle(a.cycleId()).map(Cycle::title).orElse("");
                notices.save(new NoticeRecord(follower.id(), now, NoticeService.FOLLOWED, a.cycleId(), title, null,
                        NoticeService.mailFor(follower, mailOn))
                        .withDetail(String.valueOf(a.comments()), "/drafts/" + a.draftId() + "/v/" + a.latestVersion()));
            }
        });
    }

    /** For each comment or vote window closing within three days, once: those who act in it and have not yet. */
    private void closingSoon(Instant now, ZoneId zone) {
        for (Cycle cycle : cycles.history()) {
            if (cycle.adopted()) {
                continue;
            }
            for (Phase phase : cycle.openPhases()) {
                if ((phase.kind() != PhaseKind.PUBLIC_COMMENT && phase.kind() != PhaseKind.PRIORITY_VOTE)
                        || phase.state() != PhaseState.OPEN || phase.closesAt() == null
                        || phase.closesAt().isAfter(now.plus(Duration.ofDays(CLOSING_NOTICE)))) {
                    continue;
                }
                String key = "closing:" + cycle.id() + ":" + phase.kind();
                if (notices.runDone(CurrentDistrict.require(), key) == 0) {
                    // Asked of Keycloak before the claim, so that the claim's transaction stays short.
                    Map<Long, Participant> acting = actingIn(cycle, phase);
                    once(key, at -> remindToTakePart(cycle, phase, acting, at, zone));
                }
            }
        }
    }

    private Map<Long, Participant> actingIn(Cycle cycle, Phase phase) {
        try {
            return people.fromDirectory(phase.kind());
        } catch (DirectoryUnavailable down) {
            log.warn("Keycloak unreachable; the closing notice of cycle {} goes to those who have signed in: {}",
                    cycle.id(), down.getMessage());
            return people.fromSignIns(phase.kind());
        }
    }

    private void remindToTakePart(Cycle cycle, Phase phase, Map<Long, Participant> acting, Instant now,
                                  ZoneId zone) {
        Set<Long> tookPart = new HashSet<>(phase.kind() == PhaseKind.PUBLIC_COMMENT
                ? comments.commenters(cycle.id()) : ballots.voters(cycle.id()));
        String link = phase.kind() == PhaseKind.PUBLIC_COMMENT ? "/drafts/" + cycle.id() : "/vote/" + cycle.id();
        String lastDay = phase.lastDay(zone).toString();
        boolean mailOn = mail.enabled();
        for (Participant person : acting.values()) {
            if (tookPart.contains(person.id())) {
                continue;
            }
            notices.save(new NoticeRecord(person.id(), now, NoticeService.CLOSING_SOON, cycle.id(), cycle.title(),
                    null, NoticeService.mailFor(person, mailOn)).withPhase(phase.kind().name()).withDetail(lastDay, link));
        }
    }

    /** One digest per person with notices waiting for it, written before {@code before}, for this period. */
    private void digests(String period, Instant before, List<String> frequencies) {
        once("digest:" + period, now -> {
            for (long person : notices.waitingForDigest(CurrentDistrict.require(), before, frequencies)) {
                DigestRecord digest = digests.save(new DigestRecord(person, period, now));
                notices.gather(person, before, digest.id());
            }
        });
    }

    /** Does the work under this key unless an instance already did (or is doing) it. */
    private void once(String key, java.util.function.Consumer<Instant> work) {
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            if (notices.claimRun(CurrentDistrict.require(), key, now) == 1) {
                work.accept(now);
            }
        });
    }
}
