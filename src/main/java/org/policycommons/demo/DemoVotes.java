package org.policycommons.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.district.District;
import org.policycommons.participant.ParticipantService;
import org.policycommons.vote.Priority;
import org.policycommons.vote.PriorityService;
import org.policycommons.vote.VoteHistory;
import org.policycommons.vote.VoterGroup;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Each demo cycle's priorities, and ballots from every demo voter in both: each group leans its own way, and this
 * year's leanings differ from last year's.
 */
@Component
@Profile("demo")
class DemoVotes {

    private final CycleService cycles;
    private final PriorityService priorities;
    private final VoteHistory history;
    private final ParticipantService participants;

    DemoVotes(CycleService cycles, PriorityService priorities, VoteHistory history, ParticipantService participants) {
        this.cycles = cycles;
        this.priorities = priorities;
        this.history = history;
        this.participants = participants;
    }

    /** Seeds the votes once, and returns the demo people either way (the comments need them). */
    DemoPeople seedOnce(District district) {
        DemoPeople people = DemoPeople.of(participants);
        List<Cycle> all = cycles.history();
        if (all.isEmpty() || all.stream().anyMatch(c -> !priorities.priorities(c.id()).isEmpty())) {
            return people;
        }
        all.forEach(c -> history.recordDefaultPriorities(c.id()));
        all.stream().filter(Cycle::adopted).findFirst().ifPresent(past -> ballots(past, people, 0));
        all.stream().filter(c -> !c.adopted()).findFirst().ifPresent(current -> ballots(current, people, 1));
        return people;
    }

    private void ballots(Cycle cycle, DemoPeople people, int shift) {
        List<Long> ids = priorities.priorities(cycle.id()).stream().map(Priority::id).toList();
        Instant opened = cycle.phase(PhaseKind.PRIORITY_VOTE).orElseThrow().opensAt();
        int minute = 0;
        for (VoterGroup group : VoterGroup.VOTING) {
            List<DemoPeople.Person> voters = people.in(group);
            for (int i = 0; i < voters.size(); i++, minute++) {
                int favourite = (group.ordinal() * 2 + i % 2 + shift) % ids.size();
                Map<Long, Integer> points = new LinkedHashMap<>();
                points.put(ids.get(favourite), 5);
                points.put(ids.get((favourite + 1) % ids.size()), 3);
                points.merge(ids.get((favourite + 2 + i % 2) % ids.size()), 2, Integer::sum);
                history.recordBallot(cycle.id(), voters.get(i).participantId(), group, points,
                        opened.plus(Duration.ofMinutes(17L * minute)));
            }
        }
    }
}
