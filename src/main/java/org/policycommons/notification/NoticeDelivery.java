package org.policycommons.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.policycommons.cycle.PhaseKind;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.KeycloakDirectory.DirectoryUnavailable;
import org.policycommons.identity.TenantScope;
import org.policycommons.notification.repository.AnnouncementRecord;
import org.policycommons.notification.repository.AnnouncementRepository;
import org.policycommons.notification.repository.DigestRecord;
import org.policycommons.notification.repository.DigestRepository;
import org.policycommons.notification.repository.NoticeRecord;
import org.policycommons.notification.repository.NoticeRepository;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the notice outbox of the district in scope: turns each due announcement into one notice per person with an
 * acting role, as Keycloak lists them, then sends the queued emails. Each step claims its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so two portal instances never work the same row, and each failure is retried
 * later: Keycloak unreachable, after {@link #DIRECTORY_ATTEMPTS} tries, falls back to the people the portal knows.
 */
@Component
class NoticeDelivery {

    static final int DIRECTORY_ATTEMPTS = 3;
    static final int MAIL_ATTEMPTS = 5;
    private static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);

    private final AnnouncementRepository announcements;
    private final NoticeRepository notices;
    private final DigestRepository digests;
    private final ParticipantService participants;
    private final ActingPeople people;
    private final NoticeSchedule schedule;
    private final NoticeMail mail;
    private final DistrictDirectory districts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NoticeDelivery(AnnouncementRepository announcements, NoticeRepository notices, DigestRepository digests,
                   ParticipantService participants, ActingPeople people, NoticeSchedule schedule, NoticeMail mail,
                   DistrictDirectory districts, PlatformTransactionManager transactionManager, Clock clock) {
        this.announcements = announcements;
        this.notices = notices;
        this.digests = digests;
        this.participants = participants;
        this.people = people;
        this.schedule = schedule;
        this.mail = mail;
        this.districts = districts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Every district's due work, one district at a time, its daily notices and digests first; one district's failure
     * does not hold up the others.
     */
    void deliverEverywhere() {
        for (District district : districts.active()) {
            try {
                TenantScope.runAs(district.id(), () -> {
                    schedule.runDue(district.timeZone());
                    deliverDue();
                });
            } catch (RuntimeException e) {
                log.error("Could not deliver the notices of district {}", district.slug(), e);
            }
        }
    }

    /** The district in scope: announce what is due, then send what is queued. */
    void deliverDue() {
        while (Boolean.TRUE.equals(transactions.execute(status -> announceBatch()))) {
            // Another full batch may be waiting.
        }
        while (Boolean.TRUE.equals(transactions.execute(status -> mailBatch()))) {
            // Another full batch may be waiting.
        }
        while (Boolean.TRUE.equals(transactions.execute(status -> digestBatch()))) {
            // Another full batch may be waiting.
        }
    }

    private boolean digestBatch() {
        Instant now = clock.instant();
        List<DigestRecord> due = digests.claimDueMail(CurrentDistrict.require(), now, BATCH);
        Map<Long, Participant> recipients = participants.byIds(due.stream().map(DigestRecord::participantId).toList());
        for (DigestRecord digest : due) {
            Participant recipient = recipients.get(digest.participantId());
            List<NoticeRecord> gathered = notices.findByDigestIdOrderByCreatedAtAscIdAsc(digest.id());
            if (recipient == null || !recipient.emailNotices() || recipient.email().isEmpty() || gathered.isEmpty()) {
                digest.mail().notWanted();
                continue;
            }
            try {
                mail.digest(recipient.email().get(), recipient, gathered.stream().map(NoticeRecord::toNotice).toList());
                digest.mail().mailed(now);
            } catch (MailException e) {
                log.warn("Could not send digest {} (attempt {}): {}", digest.id(), digest.mail().attempts() + 1,
                        e.getMessage());
                digest.mail().failed(now, retryDelay(digest.mail().attempts()), MAIL_ATTEMPTS);
            }
        }
        return due.size() == BATCH;
    }

    private boolean announceBatch() {
        Instant now = clock.instant();
        List<AnnouncementRecord> due = announcements.claimDue(CurrentDistrict.require(), now, BATCH);
        for (AnnouncementRecord announcement : due) {
            PhaseKind kind = PhaseKind.valueOf(announcement.phase());
            Map<Long, Participant> recipients;
            try {
                recipients = people.fromDirectory(kind);
            } catch (DirectoryUnavailable e) {
                if (announcement.attempts() + 1 < DIRECTORY_ATTEMPTS) {
                    log.warn("Announcement {} waits for Keycloak (attempt {}): {}", announcement.id(),
                            announcement.attempts() + 1, e.getMessage());
                    announcement.failed(now, e.getMessage(), retryDelay(announcement.attempts()));
                    continue;
                }
                log.warn("Keycloak still unreachable; announcement {} goes to the people who have signed in",
                        announcement.id());
                recipients = people.fromSignIns(kind);
            }
            boolean mailOn = mail.enabled();
            for (Participant recipient : recipients.values()) {
                notices.save(new NoticeRecord(recipient.id(), announcement, now,
                        NoticeService.mailFor(recipient, mailOn)));
            }
            announcement.announced(now);
        }
        return due.size() == BATCH;
    }

    private boolean mailBatch() {
        Instant now = clock.instant();
        List<NoticeRecord> due = notices.claimDueMail(CurrentDistrict.require(), now, BATCH);
        Map<Long, Participant> recipients = participants.byIds(due.stream().map(NoticeRecord::participantId).toList());
        for (NoticeRecord notice : due) {
            Participant recipient = recipients.get(notice.participantId());
            // Asked again at sending time: the person may have turned email off since the notice was written.
            if (recipient == null || !recipient.emailNotices() || recipient.email().isEmpty()) {
                notice.mail().notWanted();
                continue;
            }
            try {
                if (NoticeService.RESPONSE_GIVEN.equals(notice.messageKey())) {
                    mail.responseGiven(recipient.email().get(), recipient, notice.detailKey(), notice.cycleId(),
                            notice.cycleTitle());
                } else if (NoticeService.SECTIONS_CHANGED.equals(notice.messageKey())) {
                    mail.sectionsChanged(recipient.email().get(), recipient, notice.detailText(), notice.link(),
                            notice.cycleId(), notice.cycleTitle());
                } else if (NoticeService.REVEAL_REQUESTED.equals(notice.messageKey())) {
                    mail.revealRequested(recipient.email().get(), recipient, notice.cycleId(), notice.cycleTitle());
                } else if (NoticeService.PHASE_OPENED.equals(notice.messageKey())) {
                    mail.phaseOpened(recipient.email().get(), recipient, PhaseKind.valueOf(notice.phase()),
                            notice.cycleId(), notice.cycleTitle());
                } else {
                    mail.notice(recipient.email().get(), recipient, notice.toNotice());
                }
                notice.mail().mailed(now);
            } catch (MailException e) {
                log.warn("Could not send the email of notice {} (attempt {}): {}", notice.id(),
                        notice.mail().attempts() + 1, e.getMessage());
                notice.mail().failed(now, retryDelay(notice.mail().attempts()), MAIL_ATTEMPTS);
            }
        }
        return due.size() == BATCH;
    }

    /** 1, 2, 4, 8 … minutes, at most an hour. */
    static Duration retryDelay(int attemptsSoFar) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attemptsSoFar, 6)));
    }
}
