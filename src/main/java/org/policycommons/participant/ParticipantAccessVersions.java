package org.policycommons.participant;

import org.policycommons.identity.AccessVersions;
import org.policycommons.participant.repository.ParticipantRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The access versions, as the participant records hold them; one indexed lookup per check. */
@Component
class ParticipantAccessVersions implements AccessVersions {

    private final ParticipantRepository participants;

    ParticipantAccessVersions(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Override
    @Transactional(readOnly = true)
    public int current(long districtId, String subject) {
        return participants.accessVersion(districtId, subject).orElse(0);
    }
}
