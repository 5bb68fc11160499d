package org.policycommons.participant;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.UserSignedIn;
import org.policycommons.participant.repository.ParticipantRecord;
import org.policycommons.participant.repository.ParticipantRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's record in their district: pseudonym and language. */
@Service
@Transactional(readOnly = true)
public class ParticipantService {

    private final ParticipantRepository participants;
    private final Pseudonyms pseudonyms = new Pseudonyms();
    private final Clock clock;

    ParticipantService(ParticipantRepository participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
    }

    /** The signed-in person's record, once they have signed in. */
    public Optional<Participant> current() {
        return CurrentUser.get().flatMap(user -> participants.findBySubject(user.subject()))
                .map(ParticipantRecord::toParticipant);
    }

    @Transactional
    public void preferLanguage(Locale locale) {
        PortalUser user = CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        participants.findBySubject(user.subject()).ifPresent(record -> record.preferLocale(locale));
    }

    /** Runs in the signing-in district's scope, so the record lands in that district. */
    @EventListener
    @Transactional
    public void recordSignIn(UserSignedIn event) {
        ParticipantRecord record = participants.findBySubject(event.subject()).orElseGet(() ->
                participants.save(new ParticipantRecord(event.subject(), uniquePseudonym(), clock.instant())));
        record.seenAt(clock.instant());
        record.contact(event.email(), event.roles().stream().map(PortalRole::realmRole).toList());
    }

    /** Everyone in the current district who had this role at their last sign-in. */
    public List<Participant> withRole(PortalRole role) {
        return participants.withRole(role.realmRole()).stream().map(ParticipantRecord::toParticipant).toList();
    }

    /** The signed-in person turns notification emails on or off; in-app notices always arrive. */
    @Transactional
    public void wantEmailNotices(boolean wanted) {
        PortalUser user = CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        participants.findBySubject(user.subject()).ifPresent(record -> record.wantEmailNotices(wanted));
    }

    private String uniquePseudonym() {
        String candidate = pseudonyms.next();
        while (participants.existsByPseudonym(candidate)) {
            candidate = pseudonyms.next();
        }
        return candidate;
    }
}
