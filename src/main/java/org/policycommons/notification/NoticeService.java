package org.policycommons.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.policycommons.comment.ReplyPosted;
import org.policycommons.comment.ResponseGiven;
import org.policycommons.comment.RevealRequested;
import org.policycommons.comment.SectionsChanged;
import org.policycommons.cycle.PhaseOpened;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.KeycloakDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.TenantScope;
import org.policycommons.notification.repository.AnnouncementRecord;
import org.policycommons.notification.repository.AnnouncementRepository;
import org.policycommons.notification.repository.MailState;
import org.policycommons.notification.repository.NoticeRecord;
import org.policycommons.notification.repository.NoticeRepository;
import org.policycommons.participant.EmailDigest;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people when a phase opens in which their role can act: an in-app notice for each, and an email to each who
 * has not turned email off, both in that person's language. Everyone the district's realm lists with an acting role
 * is told, whether or not they have signed in yet. Also: the district answered your comment or one you co-signed,
 * someone replied to your comment, a new version changed what you commented on, a reveal waits for your decision;
 * the daily notices ({@link NoticeSchedule}) add new comments on what you follow and windows closing soon. Email goes
 * at once or in a daily or weekly digest, as the person chose. The work goes through an outbox (docs/decisions/007).
 */
@Service
@Transactional(readOnly = true)
public class NoticeService implements DisposableBean {

    static final String PHASE_OPENED = "notice.phase-opened";
    static final String RESPONSE_GIVEN = "notice.response";
    static final String REVEAL_REQUESTED = "notice.reveal-requested";
    static final String SECTIONS_CHANGED = "notice.sections-changed";
    static final String REPLY = "notice.reply";
    static final String RESPONSE_COSIGNED = "notice.response-cosigned";
    static final String FOLLOWED = "notice.followed";
    static final String CLOSING_SOON = "notice.closing-soon";
    private static final Logger log = LoggerFactory.getLogger(NoticeService.class);

    private final NoticeRepository notices;
    private final AnnouncementRepository announcements;
    private final ParticipantService participants;
    private final NoticeDelivery delivery;
    private final NoticeMail mail;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("notice-delivery").daemon(true).factory());

    private final KeycloakDirectory directory;

    NoticeService(NoticeRepository notices, AnnouncementRepository announcements, ParticipantService participants,
                  NoticeDelivery delivery, NoticeMail mail, Clock clock, KeycloakDirectory directory) {
        this.directory = directory;
        this.mail = mail;
        this.notices = notices;
        this.announcements = announcements;
        this.participants = participants;
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * Within the opening's own transaction: the announcement is recorded with the opening or not at all, and worked
     * only once that transaction has committed.
     */
    @EventListener
    @Transactional
    public void recordAnnouncement(PhaseOpened event) {
        if (CurrentDistrict.id().filter(id -> id == event.districtId()).isEmpty()) {
            throw new IllegalStateException("Phase opening of district " + event.districtId() + " outside its scope");
        }
        announcements.save(new AnnouncementRecord(clock.instant(), PHASE_OPENED, event.cycleId(),
                event.cycleTitle(), event.kind().name()));
    }

    /**
     * After commit, the announcement is worked on a thread of its own, so that the admin who opened a phase does not
     * wait for Keycloak and the mail server. Whatever fails there is retried by the sweep ({@link NoticeSweep}).
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void deliverAfterCommit(PhaseOpened event) {
        deliverSoon(event.districtId(), event.cycleTitle() + " " + event.kind());
    }

    /**
     * How a notice's email goes: not at all (email off, no address, no SMTP server), at once, or in the person's
     * daily or weekly digest.
     */
    static MailState mailFor(Participant person, boolean mailOn) {
        if (!mailOn || !person.emailNotices() || person.email().isEmpty()) {
            return MailState.NONE;
        }
        return person.emailDigest() == EmailDigest.EACH ? MailState.PENDING : MailState.DIGEST;
    }

    /**
     * In the response's own transaction: each author of an answered comment gets a notice, and an email queued if
     * they want email, both sent after commit like any other; so does each organisation that co-signed one.
     */
    @EventListener
    @Transactional
    public void recordResponse(ResponseGiven event) {
        boolean mailOn = mail.enabled();
        Map<Long, Participant> authors = participants.byIds(event.authorParticipantIds());
        for (Participant author : authors.values()) {
            notices.save(new NoticeRecord(author.id(), clock.instant(), RESPONSE_GIVEN, event.cycleId(),
                    event.cycleTitle(), event.disposition().translationKey(), mailFor(author, mailOn)));
        }
        for (Participant cosigner : participants.byIds(event.cosignerParticipantIds()).values()) {
            notices.save(new NoticeRecord(cosigner.id(), clock.instant(), RESPONSE_COSIGNED, event.cycleId(),
                    event.cycleTitle(), event.disposition().translationKey(), mailFor(cosigner, mailOn))
                    .withDetail(null, "/responses/" + event.cycleId()));
        }
    }

    /** In the reply's own transaction: the author of the comment replied to gets a notice that leads to it. */
    @EventListener
    @Transactional
    public void recordReply(ReplyPosted event) {
        boolean mailOn = mail.enabled();
        for (Participant author : participants.byIds(List.of(event.parentAuthorId())).values()) {
            notices.save(new NoticeRecord(author.id(), clock.instant(), REPLY, event.cycleId(), event.cycleTitle(),
                    null, mailFor(author, mailOn)).withDetail(null, event.sectionPath()));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void deliverReplyAfterCommit(ReplyPosted event) {
        deliverSoon(event.districtId(), "reply " + event.replyId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void deliverResponseAfterCommit(ResponseGiven event) {
        deliverSoon(event.districtId(), "response " + event.responseId());
    }

    /**
     * In the publication's own transaction: each author of a comment on a section the new version changed or removed
     * gets one notice (and an email if they want email) with the redline from the version before.
     */
    @EventListener
    @Transactional
    public void recordSectionsChanged(SectionsChanged event) {
        boolean mailOn = mail.enabled();
        String redline = "/drafts/" + event.draftId() + "/compare/" + (event.number() - 1) + "/" + event.number();
        for (Participant author : participants.byIds(event.authorParticipantIds()).values()) {
            notices.save(new NoticeRecord(author.id(), clock.instant(), SECTIONS_CHANGED, event.cycleId(),
                    event.cycleTitle(), null, mailFor(author, mailOn)).withDetail(String.valueOf(event.number()),
                    redline));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void deliverSectionsChangedAfterCommit(SectionsChanged event) {
        deliverSoon(event.districtId(), "version " + event.number() + " of draft " + event.draftId());
    }

    /**
     * In the request's own transaction: every other district admin gets a notice (and an email if they want email)
     * that a request to reveal a student waits for a second admin's decision.
     */
    @EventListener
    @Transactional
    public void recordRevealRequest(RevealRequested event) {
        List<Participant> admins;
        try {
            admins = participants.knownFromDirectory(directory.holdersOf(PortalRole.DISTRICT_ADMIN),
                    PortalRole.DISTRICT_ADMIN);
        } catch (KeycloakDirectory.DirectoryUnavailable down) {
            log.warn("Keycloak unreachable; the reveal request goes to the admins who have signed in: {}", down.getMessage());
            admins = participants.withRole(PortalRole.DISTRICT_ADMIN);
        }
        boolean mailOn = mail.enabled();
        for (Participant admin : admins) {
            if (admin.subject().equals(event.requestedBySubject())) {
                continue;
            }
            notices.save(new NoticeRecord(admin.id(), clock.instant(), REVEAL_REQUESTED, event.cycleId(),
                    event.cycleTitle(), null, mailFor(admin, mailOn)));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void deliverRevealRequestAfterCommit(RevealRequested event) {
        deliverSoon(event.districtId(), "reveal request " + event.requestId());
    }

    private void deliverSoon(long districtId, String what) {
        worker.execute(() -> {
            try {
                TenantScope.runAs(districtId, delivery::deliverDue);
            } catch (RuntimeException e) {
                log.error("Notices of {} not delivered yet; the sweep retries", what, e);
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Notice delivery still running at shutdown; the sweep finishes it after the next start");
            worker.shutdownNow();
        }
    }

    /** The signed-in person's notices, newest first. */
    public Page<Notice> mine(Pageable page) {
        return me().map(p -> notices.findByParticipantIdOrderByCreatedAtDescIdDesc(p.id(), page).map(NoticeRecord::toNotice))
                .orElse(Page.empty(page));
    }

    public long unreadCount() {
        return me().map(p -> notices.countByParticipantIdAndReadAtIsNull(p.id())).orElse(0L);
    }

    @Transactional
    public void markAllRead() {
        me().ifPresent(p -> notices.markAllRead(p.id(), clock.instant()));
    }

    private Optional<Participant> me() {
        return participants.current();
    }
}
