package org.policycommons.vote;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseState;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.policycommons.vote.repository.BallotPointsRecord;
import org.policycommons.vote.repository.BallotPointsRepository;
import org.policycommons.vote.repository.BallotRecord;
import org.policycommons.vote.repository.BallotRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ballots and results. A participant spreads the cycle's budget of points over its priorities while the vote is open,
 * and may change the ballot until it closes; one ballot per person per cycle, whatever the number of tabs. Nobody,
 * admins included, sees another's ballot: results exist only in aggregate, counted by the database, with small groups
 * suppressed. Admins and the board see them live; everyone else once the vote has closed.
 */
@Service
@Transactional(readOnly = true)
public class BallotService {

    private final BallotRepository ballots;
    private final BallotPointsRepository points;
    private final PriorityService priorities;
    private final CycleService cycles;
    private final ParticipantService participants;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CycleSuppression suppression;

    BallotService(BallotRepository ballots, BallotPointsRepository points, PriorityService priorities,
                  CycleService cycles, ParticipantService participants, PlatformTransactionManager transactionManager,
                  Clock clock, CycleSuppression suppression) {
        this.suppression = suppression;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ballots = ballots;
        this.points = points;
        this.priorities = priorities;
        this.cycles = cycles;
        this.participants = participants;
        this.clock = clock;
    }

    /** Whether the signed-in person may vote in this cycle now; {@link #cast} checks again. */
    public boolean canVote(long cycleId) {
        return CurrentUser.get().flatMap(VoterGroup::of).isPresent()
                && cycles.cycle(cycleId).map(this::voteOpen).orElse(false);
    }

    /** Who has cast a ballot in a cycle, by participant id (for reminders; never shown). */
    public java.util.Set<Long> voters(long cycleId) {
        return java.util.Set.copyOf(ballots.voterIds(cycleId));
    }

    /** The signed-in voter's own ballot in a cycle (empty if they have not voted). */
    public MyBallot myBallot(long cycleId) {
        Optional<Participant> me = participants.current();
        Optional<BallotRecord> ballot = me.flatMap(p -> ballots.findByCycleIdAndVoterId(cycleId, p.id()));
        Map<Long, Integer> given = new LinkedHashMap<>();
        ballot.ifPresent(b -> points.findByBallotId(b.id()).forEach(p -> given.put(p.priorityId(), p.points())));
        return new MyBallot(given, ballot.map(BallotRecord::savedAt));
    }

    /**
     * Saves the signed-in voter's ballot, replacing any earlier one. The ballot row is locked for the saving
     * transaction, so two saves at once leave one ballot, the later one whole.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void cast(long cycleId, Map<Long, Integer> given) {
        PortalUser user = CurrentUser.get().orElseThrow();
        VoterGroup group = VoterGroup.of(user).orElseThrow(() -> new CycleRuleViolation("vote.error.role-cannot-vote"));
        Cycle cycle = cycles.cycle(cycleId).orElseThrow(() -> new CycleRuleViolation("vote.error.cycle-not-found"));
        try {
            cycles.requireOpen(cycle.id(), PhaseKind.PRIORITY_VOTE);
        } catch (CycleRuleViolation closed) {
            if (closed.messageKey().equals(CycleService.ADOPTED_CLOSED)) {
                throw closed;
            }
            throw new CycleRuleViolation("vote.error.window-closed");
        }
        VoteSetup setup = priorities.setup(cycleId);
        Set<Long> valid = new HashSet<>();
        priorities.priorities(cycleId).forEach(p -> valid.add(p.id()));
        int total = 0;
        for (Map.Entry<Long, Integer> entry : given.entrySet()) {
            int value = entry.getValue() == null ? 0 : entry.getValue();
            if (!valid.contains(entry.getKey())) {
                throw new CycleRuleViolation("vote.error.unknown-priority");
            }
            if (value < 0) {
                throw new CycleRuleViolation("vote.error.negative");
            }
            if (value > setup.cap()) {
                throw new CycleRuleViolation("vote.error.over-cap", setup.cap());
            }
            total += value;
        }
        if (total > setup.budget()) {
            throw new CycleRuleViolation("vote.error.over-budget", total, setup.budget());
        }
        Participant me = participants.ensureCurrent();
        // Saves at the same moment (two tabs) take turns on the ballot's row lock; a first save racing another first
        // save may be chosen as a deadlock victim by the database, and is then simply tried again.
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> save(cycleId, me.id(), group, given));
                io.micrometer.core.instrument.Metrics.counter("portal.ballots.saved").increment();
                return;
            } catch (PessimisticLockingFailureException | DataIntegrityViolationException race) {
                if (attempt >= 3) {
                    throw race;
                }
            }
        }
    }

    private void save(long cycleId, long voterId, VoterGroup group, Map<Long, Integer> given) {
        BallotRecord ballot = ballots.lockByCycleIdAndVoterId(cycleId, voterId).orElseGet(() -> {
            ballots.insertIfAbsent(CurrentDistrict.require(), cycleId, voterId, group.name(), clock.instant());
            return ballots.lockByCycleIdAndVoterId(cycleId, voterId).orElseThrow();
        });
        points.deleteByBallot(ballot.id());
        given.forEach((priorityId, value) -> {
            if (value != null && value > 0) {
                points.save(new BallotPointsRecord(ballot.id(), cycleId, group.name(), priorityId, value));
            }
        });
        ballot.saved(group.name(), clock.instant());
    }

    /** The results, for district admins and the board at any time, and for everyone once the vote has closed. */
    public Results results(long cycleId) {
        return results(cycleId, suppression.of(cycleId));
    }

    /**
     * The same, under the suppression decision the caller already holds for this cycle (CycleSuppression.of); a
     * decision made for another cycle or district is refused, never counted under.
     */
    public Results results(long cycleId, HiddenGroups hidden) {
        if (!hidden.isFor(cycleId, CurrentDistrict.require())) {
            throw new IllegalArgumentException("A suppression decision is used only for the cycle it was made for");
        }
        Cycle cycle = cycles.cycle(cycleId).orElseThrow(() -> new CycleRuleViolation("vote.error.cycle-not-found"));
        boolean staff = CurrentUser.get().map(u -> u.hasRole(PortalRole.DISTRICT_ADMIN) || u.hasRole(PortalRole.BOARD))
                .orElse(false);
        boolean closed = cycle.phase(PhaseKind.PRIORITY_VOTE).map(p -> p.state() == PhaseState.CLOSED).orElse(false);
        if (!staff && !closed) {
            throw new CycleRuleViolation("vote.error.results-not-yet");
        }
        return Tally.count(priorities.priorities(cycleId), hidden, points.tally(CurrentDistrict.require(), cycleId));
    }

    private boolean voteOpen(Cycle cycle) {
        return cycles.isOpen(cycle.id(), PhaseKind.PRIORITY_VOTE);
    }
}
