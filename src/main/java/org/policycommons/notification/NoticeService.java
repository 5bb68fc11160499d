package org.policycommons.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.policycommons.cycle.PhaseOpened;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.PortalRole;
import org.policycommons.notification.repository.NoticeRecord;
import org.policycommons.notification.repository.NoticeRepository;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people when a phase opens in which their role can act: an in-app notice for each, and an email to each who
 * has not turned email off, both in that person's language.
 */
@Service
@Transactional(readOnly = true)
public class NoticeService {

    static final String PHASE_OPENED = "notice.phase-opened";
    private static final Logger log = LoggerFactory.getLogger(NoticeService.class);

    private final NoticeRepository notices;
    private final ParticipantService participants;
    private final NoticeMail mail;
    private final Clock clock;

    NoticeService(NoticeRepository notices, ParticipantService participants, NoticeMail mail, Clock clock) {
        this.notices = notices;
        this.participants = participants;
        this.mail = mail;
        this.clock = clock;
    }

    /** After the opening is recorded, so a notice never announces a change that was rolled back. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onPhaseOpened(PhaseOpened event) {
        if (CurrentDistrict.id().filter(id -> id == event.districtId()).isEmpty()) {
            log.warn("Phase opening of district {} seen outside its scope; no notices sent", event.districtId());
            return;
        }
        Map<Long, Participant> recipients = new LinkedHashMap<>();
        for (PortalRole role : event.kind().actingRoles()) {
            participants.withRole(role).forEach(p -> recipients.putIfAbsent(p.id(), p));
        }
        for (Participant recipient : recipients.values()) {
            notices.save(new NoticeRecord(recipient.id(), clock.instant(), PHASE_OPENED, event.cycleId(),
                    event.cycleTitle(), event.kind().name()));
            if (recipient.emailNotices()) {
                recipient.email().ifPresent(address -> mail.phaseOpened(address, recipient, event));
            }
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
