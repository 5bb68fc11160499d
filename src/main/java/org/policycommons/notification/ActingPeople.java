package org.policycommons.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import org.policycommons.cycle.PhaseKind;
import org.policycommons.identity.KeycloakDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.springframework.stereotype.Component;

/** The people of the district in scope whose role acts in a phase: as the realm lists them, or as they signed in. */
@Component
class ActingPeople {

    private final ParticipantService participants;
    private final KeycloakDirectory directory;

    ActingPeople(ParticipantService participants, KeycloakDirectory directory) {
        this.participants = participants;
        this.directory = directory;
    }

    /** Everyone the realm lists with an acting role, signed in or not; throws when Keycloak does not answer. */
    Map<Long, Participant> fromDirectory(PhaseKind kind) {
        Map<Long, Participant> people = new LinkedHashMap<>();
        for (PortalRole role : kind.actingRoles()) {
            participants.knownFromDirectory(directory.holdersOf(role), role)
                    .forEach(p -> people.putIfAbsent(p.id(), p));
        }
        return people;
    }

    /** The people the portal knows with an acting role, as of their last sign-in: when Keycloak does not answer. */
    Map<Long, Participant> fromSignIns(PhaseKind kind) {
        Map<Long, Participant> people = new LinkedHashMap<>();
        for (PortalRole role : kind.actingRoles()) {
            participants.withRole(role).forEach(p -> people.putIfAbsent(p.id(), p));
        }
        return people;
    }
}
