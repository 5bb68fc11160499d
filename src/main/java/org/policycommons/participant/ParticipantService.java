package org.policycommons.participant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.DirectoryPerson;
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

    private static final int LOOKUP_CHUNK = 500;

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

    /**
     * The signed-in person's record, made now if the sign-in did not make it (e.g. the portal restarted between the
     * two): whoever acts in the portal has a pseudonym.
     */
    @Transactional
    public Participant ensureCurrent() {
        PortalUser user = CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        return participants.findBySubject(user.subject()).orElseGet(() -> {
            ParticipantRecord made = participants.save(new ParticipantRecord(user.subject(), uniquePseudonym(),
                    clock.instant()));
            made.contact(user.getEmail(), user.roles().stream().map(PortalRole::realmRole).toList());
            return made;
        }).toParticipant();
    }

    /**
     * A record for one voice heard outside the portal (testimony, a paper form, a letter): no account and no contact,
     * only a pseudonym, so that the input counts as one person and a student's is shown as any student's.
     */
    @Transactional
    public Participant offlineVoice() {
        String subject = OFFLINE_VOICE + java.util.UUID.randomUUID();
        return participants.save(new ParticipantRecord(subject, uniquePseudonym(), clock.instant())).toParticipant();
    }

    /** How the subject of a voice heard outside the portal begins; no Keycloak subject does. */
    public static final String OFFLINE_VOICE = "offline:";

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
        record.signedInAt(clock.instant());
        record.contact(event.email(), event.roles().stream().map(PortalRole::realmRole).toList());
    }

    /**
     * The records of people the district's realm lists with this role, made for those who have never signed in, so
     * that they can be told too. The realm's address replaces an outdated one; a language chosen in Keycloak is
     * taken only by someone who has not chosen one here.
     */
    @Transactional
    public List<Participant> knownFromDirectory(List<DirectoryPerson> people, PortalRole role) {
        List<Participant> known = new ArrayList<>(people.size());
        for (int from = 0; from < people.size(); from += LOOKUP_CHUNK) {
            List<DirectoryPerson> chunk = people.subList(from, Math.min(people.size(), from + LOOKUP_CHUNK));
            Map<String, ParticipantRecord> existing = new HashMap<>();
            participants.findBySubjectIn(chunk.stream().map(DirectoryPerson::subject).toList())
                    .forEach(record -> existing.put(record.subject(), record));
            for (DirectoryPerson person : chunk) {
                ParticipantRecord record = existing.computeIfAbsent(person.subject(), subject ->
                        participants.save(new ParticipantRecord(subject, uniquePseudonym(), clock.instant())));
                record.listedInRealm(person.email(), role.realmRole(), person.locale());
                known.add(record.toParticipant());
            }
        }
        return known;
    }

    /** These participants of the current district, by id; ids of other districts are simply not found. */
    public Map<Long, Participant> byIds(Collection<Long> ids) {
        Map<Long, Participant> found = new HashMap<>();
        participants.findAllById(ids).forEach(record -> found.put(record.id(), record.toParticipant()));
        return found;
    }

    /** Everyone in the current district who had this role at their last sign-in. */
    public List<Participant> withRole(PortalRole role) {
        return participants.withRole(role.realmRole()).stream().map(ParticipantRecord::toParticipant).toList();
    }

    /**
     * The records of these people of the current district, by subject, for those who have one: their pseudonym, and
     * when they last signed in. Keycloak does not keep the latter (docs/notes/issue-7-keycloak-admin.md).
     */
    public Map<String, Participant> bySubjects(Collection<String> subjects) {
        Map<String, Participant> found = new HashMap<>();
        if (!subjects.isEmpty()) {
            participants.findBySubjectIn(subjects).forEach(record -> found.put(record.subject(), record.toParticipant()));
        }
        return found;
    }

    /**
     * A district admin changed this person's access: their sessions end at their next request (see
     * {@link org.policycommons.identity.AccessVersions}). Someone with no record has no session to end.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void accessChanged(String subject) {
        // Committed at once, on its own: ending a session needlessly is harmless, keeping one that should end is not.
        participants.raiseAccessVersion(org.policycommons.identity.CurrentDistrict.require(), subject);
    }

    /** The signed-in person turns notification emails on or off; in-app notices always arrive. */
    @Transactional
    public void wantEmailNotices(boolean wanted) {
        PortalUser user = CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        participants.findBySubject(user.subject()).ifPresent(record -> record.wantEmailNotices(wanted));
    }

    /** The signed-in person chooses email as each notice comes, or one email a day or a week. */
    @Transactional
    public void chooseEmailDigest(EmailDigest digest) {
        PortalUser user = CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        participants.findBySubject(user.subject()).ifPresent(record -> record.chooseEmailDigest(digest));
    }

    /**
     * Emails stop for this person of the district in scope, as asked from an email's unsubscribe link without
     * signing in (the caller has checked the link's signature). In-app notices still arrive.
     */
    @Transactional
    public void stopEmails(long participantId) {
        participants.findById(participantId).ifPresent(record -> record.wantEmailNotices(false));
    }

    private String uniquePseudonym() {
        String candidate = pseudonyms.next();
        while (participants.existsByPseudonym(candidate)) {
            candidate = pseudonyms.next();
        }
        return candidate;
    }
}
