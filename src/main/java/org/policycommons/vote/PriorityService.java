package org.policycommons.vote;

import java.util.List;
import java.util.Map;

import org.policycommons.audit.AuditLog;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleCreated;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseState;
import org.policycommons.identity.Roles;
import org.policycommons.vote.repository.PriorityRecord;
import org.policycommons.vote.repository.PriorityRepository;
import org.policycommons.vote.repository.VoteSetupRecord;
import org.policycommons.vote.repository.VoteSetupRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cycle's priorities and ballot rules. District admins set them before the vote opens; once it has opened, the
 * list and the rules are fixed, and wording may change only by a typo fix (a few characters), which is audited like
 * every change.
 */
@Service
@Transactional(readOnly = true)
public class PriorityService {

    static final String ADMIN = "hasRole('" + Roles.DISTRICT_ADMIN + "')";
    static final int TITLE_MAX = 200;
    static final int EXPLANATION_MAX = 1000;
    static final int BUDGET_MAX = 100;

    private final PriorityRepository priorities;
    private final VoteSetupRepository setups;
    private final CycleService cycles;
    private final AuditLog audit;

    PriorityService(PriorityRepository priorities, VoteSetupRepository setups, CycleService cycles, AuditLog audit) {
        this.priorities = priorities;
        this.setups = setups;
        this.cycles = cycles;
        this.audit = audit;
    }

    public List<Priority> priorities(long cycleId) {
        return priorities.findByCycleIdOrderByPositionAscIdAsc(cycleId).stream().map(PriorityRecord::toPriority).toList();
    }

    public VoteSetup setup(long cycleId) {
        return setups.findByCycleId(cycleId).map(VoteSetupRecord::toSetup).orElse(VoteSetup.DEFAULT);
    }

    /** A new cycle starts with one priority per SECURe action step. */
    @EventListener
    @Transactional
    public void seed(CycleCreated event) {
        seedDefaults(event.cycleId());
    }

    void seedDefaults(long cycleId) {
        if (priorities.existsByCycleId(cycleId)) {
            return;
        }
        int position = 1;
        for (DefaultPriorities.Seed seed : DefaultPriorities.SEEDS) {
            priorities.save(new PriorityRecord(cycleId, position++, seed.english(), seed.spanish(), seed.step()));
        }
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public long add(long cycleId, Priority.Wording english, Priority.Wording spanish) {
        beforeVote(cycleId);
        checked(english);
        checked(spanish);
        int position = priorities.findByCycleIdOrderByPositionAscIdAsc(cycleId).size() + 1;
        PriorityRecord added = priorities.save(new PriorityRecord(cycleId, position, english, spanish, null));
        audit.record("priority.added", cycleId, null, Map.of("english", english, "spanish", spanish));
        return added.id();
    }

    /** Rewords a priority; once the vote has opened, only a typo fix of a few characters per field is allowed. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void reword(long priorityId, long expectedVersion, Priority.Wording english, Priority.Wording spanish) {
        PriorityRecord record = existing(priorityId);
        Cycle cycle = editableCycle(record.cycleId());
        if (record.toPriority().version() != expectedVersion) {
            throw new CycleRuleViolation("cycle.error.changed-meanwhile");
        }
        checked(english);
        checked(spanish);
        Priority before = record.toPriority();
        if (!upcoming(cycle) && !(typoFix(before.english(), english) && typoFix(before.spanish(), spanish))) {
            throw new CycleRuleViolation("priority.error.reword-after-open");
        }
        record.reword(english, spanish);
        audit.record(upcoming(cycle) ? "priority.reworded" : "priority.typo-fixed", cycle.id(),
                Map.of("english", before.english(), "spanish", before.spanish()),
                Map.of("english", english, "spanish", spanish));
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public void remove(long priorityId) {
        PriorityRecord record = existing(priorityId);
        beforeVote(record.cycleId());
        Priority removed = record.toPriority();
        priorities.delete(record);
        renumber(record.cycleId());
        audit.record("priority.removed", removed.cycleId(), Map.of("english", removed.english()), null);
    }

    /** Moves a priority one place up ({@code -1}) or down ({@code +1}) in the list. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void move(long priorityId, int by) {
        PriorityRecord record = existing(priorityId);
        beforeVote(record.cycleId());
        List<PriorityRecord> list = new java.util.ArrayList<>(priorities.findByCycleIdOrderByPositionAscIdAsc(record.cycleId()));
        int from = list.indexOf(record);
        int to = Math.max(0, Math.min(list.size() - 1, from + Integer.signum(by)));
        list.remove(from);
        list.add(to, record);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1);
        }
        audit.record("priority.moved", record.cycleId(), Map.of("position", from + 1), Map.of("position", to + 1));
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public void changeSetup(long cycleId, VoteSetup setup) {
        beforeVote(cycleId);
        if (setup.budget() < 1 || setup.budget() > BUDGET_MAX) {
            throw new CycleRuleViolation("priority.error.budget", BUDGET_MAX);
        }
        if (setup.cap() < 1 || setup.cap() > setup.budget()) {
            throw new CycleRuleViolation("priority.error.cap");
        }
        VoteSetup before = setup(cycleId);
        setups.findByCycleId(cycleId).ifPresentOrElse(r -> r.change(setup),
                () -> setups.save(new VoteSetupRecord(cycleId, setup)));
        audit.record("vote.setup-changed", cycleId, before, setup);
    }

    private void renumber(long cycleId) {
        List<PriorityRecord> list = priorities.findByCycleIdOrderByPositionAscIdAsc(cycleId);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1);
        }
    }

    private PriorityRecord existing(long priorityId) {
        return priorities.findById(priorityId).orElseThrow(() -> new CycleRuleViolation("priority.error.not-found"));
    }

    private Cycle editableCycle(long cycleId) {
        Cycle cycle = cycles.cycle(cycleId).orElseThrow(() -> new CycleRuleViolation("cycle.error.not-found"));
        if (cycle.adopted()) {
            throw new CycleRuleViolation("cycle.error.adopted-read-only");
        }
        return cycle;
    }

    private void beforeVote(long cycleId) {
        if (!upcoming(editableCycle(cycleId))) {
            throw new CycleRuleViolation("priority.error.vote-opened");
        }
    }

    private static boolean upcoming(Cycle cycle) {
        return cycle.phase(PhaseKind.PRIORITY_VOTE).map(p -> p.state() == PhaseState.UPCOMING).orElse(true);
    }

    private static void checked(Priority.Wording wording) {
        if (wording == null || wording.title() == null || wording.title().isBlank()) {
            throw new CycleRuleViolation("priority.error.title-required");
        }
        if (wording.title().strip().length() > TITLE_MAX) {
            throw new CycleRuleViolation("priority.error.title-too-long", TITLE_MAX);
        }
        if (wording.explanation() == null || wording.explanation().isBlank()) {
            throw new CycleRuleViolation("priority.error.explanation-required");
        }
        if (wording.explanation().strip().length() > EXPLANATION_MAX) {
            throw new CycleRuleViolation("priority.error.explanation-too-long", EXPLANATION_MAX);
        }
    }

    /**
     * A typo fix, not a new meaning: the same words in the same order, each changed by at most two characters, at
     * most three in all. Adding or dropping a word (a "not", a "no") is a new wording.
     */
    static boolean typoFix(Priority.Wording before, Priority.Wording after) {
        return typoFix(before.title(), after.title()) && typoFix(before.explanation(), after.explanation());
    }

    private static boolean typoFix(String before, String after) {
        String[] was = before.strip().split("\\s+");
        String[] is = after.strip().split("\\s+");
        if (was.length != is.length) {
            return false;
        }
        int total = 0;
        for (int i = 0; i < was.length; i++) {
            int changed = distance(was[i], is[i]);
            if (changed > 2) {
                return false;
            }
            total += changed;
        }
        return total <= 3;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
