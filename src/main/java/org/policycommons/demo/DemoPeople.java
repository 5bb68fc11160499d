package org.policycommons.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policycommons.identity.DirectoryPerson;
import org.policycommons.identity.PortalRole;
import org.policycommons.participant.ParticipantService;
import org.policycommons.vote.VoterGroup;

/**
 * The demo's voters and commenters: participants of the district only (not realm users), each group as large as the
 * demo needs (only three students, so that the students' figures are suppressed). Known by their exact subjects,
 * {@code demo-voter-0} onwards, made once and found again at every start.
 */
final class DemoPeople {

    /** Voters per group, in {@link VoterGroup} order: students, civil rights, partners, educators, families. */
    private static final int[] SIZES = {3, 9, 6, 24, 58};

    /** One of them: the participant, and the name the demo's comments show (students are shown by pseudonym). */
    record Person(long participantId, String name) {
    }

    private final Map<VoterGroup, List<Person>> byGroup;

    private DemoPeople(Map<VoterGroup, List<Person>> byGroup) {
        this.byGroup = byGroup;
    }

    /** Makes (or finds again) every demo person of the district in scope. */
    static DemoPeople of(ParticipantService participants) {
        Map<VoterGroup, List<Person>> byGroup = new EnumMap<>(VoterGroup.class);
        int number = 0;
        for (VoterGroup group : VoterGroup.VOTING) {
            List<DirectoryPerson> listed = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < SIZES[group.ordinal()]; i++, number++) {
                listed.add(new DirectoryPerson("demo-voter-" + number, Optional.empty(), Optional.empty()));
                names.add("Demo voter " + number);
            }
            List<Person> people = new ArrayList<>();
            var made = participants.knownFromDirectory(listed, group.role());
            for (int i = 0; i < made.size(); i++) {
                people.add(new Person(made.get(i).id(), names.get(i)));
            }
            byGroup.put(group, List.copyOf(people));
        }
        return new DemoPeople(byGroup);
    }

    List<Person> in(VoterGroup group) {
        return byGroup.get(group);
    }

    /** The {@code index}th person of the group that speaks as this role. */
    Person of(PortalRole role, int index) {
        return byGroup.get(VoterGroup.valueOf(role.name())).get(index);
    }
}
