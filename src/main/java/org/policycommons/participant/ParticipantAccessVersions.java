package org.policycommons.participant;

import org.policycommons.identity.AccessVersions;
import org.policycommons.participant.repository.ParticipantRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The access versions, as the participant records hold them, and the district's state: one indexed lookup. */
@Component
class ParticipantAccessVersions implements AccessVersions {

    private final ParticipantRepository participants;

    ParticipantAccessVersions(ParticipantRepository participants) {
        this.participants = participants;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.OptionalInt current(long districtId, String subject) {
        return participants.accessVersion(districtId, subject)
                .map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty());
    }
}
