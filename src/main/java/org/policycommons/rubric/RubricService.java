package org.policycommons.rubric;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.policycommons.audit.AuditLog;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.identity.Roles;
import org.policycommons.rubric.repository.ItemRecord;
import org.policycommons.rubric.repository.ItemRepository;
import org.policycommons.rubric.repository.RatingRecord;
import org.policycommons.rubric.repository.RatingRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's SECURe self-assessment per cycle, on each of the two rubrics: everyone in the district reads it;
 * only district admins edit it, every edit is audited, and an adopted cycle's assessment no longer changes.
 */
@Service
@Transactional(readOnly = true)
public class RubricService {

    static final String ADMIN = "hasRole('" + Roles.DISTRICT_ADMIN + "')";
    static final int TEXT_MAX = 500;
    static final int EVIDENCE_MAX = 4000;

    private final RatingRepository ratings;
    private final ItemRepository items;
    private final CycleService cycles;
    private final AuditLog audit;

    RubricService(RatingRepository ratings, ItemRepository items, CycleService cycles, AuditLog audit) {
        this.ratings = ratings;
        this.items = items;
        this.cycles = cycles;
        this.audit = audit;
    }

    /** A cycle's self-assessment on each rubric, State and Local Policy first. */
    public List<Assessment> assessments(long cycleId) {
        return java.util.Arrays.stream(Rubric.values()).map(r -> assessment(cycleId, r)).toList();
    }

    public Assessment assessment(long cycleId, Rubric rubric) {
        existing(cycleId);
        Map<Integer, RatingRecord> byStep = new java.util.HashMap<>();
        ratings.findByCycleIdAndRubric(cycleId, rubric).forEach(r -> byStep.put(r.actionStep(), r));
        Map<Integer, List<Assessment.Item>> itemsByStep = new java.util.HashMap<>();
        items.findByCycleIdAndRubricOrderByActionStepAscIdAsc(cycleId, rubric)
                .forEach(i -> itemsByStep.computeIfAbsent(i.actionStep(), k -> new ArrayList<>()).add(i.toItem()));
        List<Assessment.StepAssessment> steps = new ArrayList<>();
        for (ActionStep step : ActionStep.values()) {
            RatingRecord rating = byStep.get(step.number());
            steps.add(new Assessment.StepAssessment(step, rating == null ? Rating.NOT_STARTED : rating.rating(),
                    rating == null ? null : rating.evidence(), itemsByStep.getOrDefault(step.number(), List.of())));
        }
        return new Assessment(cycleId, rubric, steps);
    }

    /** Each cycle's ratings on one rubric, oldest first. */
    public List<Assessment.TrendRow> trend(Rubric rubric) {
        Map<Long, Map<ActionStep, Rating>> byCycle = new java.util.HashMap<>();
        for (RatingRecord r : ratings.findByRubricOrderByCycleIdAscActionStepAsc(rubric)) {
            byCycle.computeIfAbsent(r.cycleId(), k -> new EnumMap<>(ActionStep.class))
                    .put(ActionStep.ofNumber(r.actionStep()), r.rating());
        }
        List<Cycle> history = new ArrayList<>(cycles.history());
        java.util.Collections.reverse(history);
        return history.stream().map(c -> new Assessment.TrendRow(c.id(), c.title(), c.schoolYear(),
                byCycle.getOrDefault(c.id(), Map.of()))).toList();
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public void rate(long cycleId, Rubric rubric, ActionStep step, Rating rating, String evidence) {
        editable(cycleId);
        if (evidence != null && evidence.length() > EVIDENCE_MAX) {
            throw new CycleRuleViolation("rubric.error.evidence-too-long", EVIDENCE_MAX);
        }
        RatingRecord record = ratings.findByCycleIdAndRubricAndActionStep(cycleId, rubric, step.number())
                .orElseGet(() -> ratings.save(new RatingRecord(cycleId, rubric, step.number())));
        Map<String, Object> before = Map.of("rubric", rubric, "step", step.number(), "rating", record.rating(),
                "evidence", String.valueOf(record.evidence()));
        record.rate(rating, evidence == null || evidence.isBlank() ? null : evidence.strip());
        audit.record("rubric.rated", cycleId, before, Map.of("rubric", rubric, "step", step.number(), "rating", rating,
                "evidence", String.valueOf(record.evidence())));
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public void addItem(long cycleId, Rubric rubric, ActionStep step, Checklist checklist, String text) {
        editable(cycleId);
        if (text == null || text.isBlank()) {
            throw new CycleRuleViolation("rubric.error.item-text-required");
        }
        if (text.length() > TEXT_MAX) {
            throw new CycleRuleViolation("rubric.error.item-text-too-long", TEXT_MAX);
        }
        items.save(new ItemRecord(cycleId, rubric, step.number(), checklist, text.strip()));
        audit.record("rubric.item-added", cycleId, null, Map.of("rubric", rubric, "step", step.number(),
                "checklist", checklist, "text", text.strip()));
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public void tickItem(long itemId, boolean done) {
        ItemRecord item = items.findById(itemId).orElseThrow(() -> new CycleRuleViolation("rubric.error.item-not-found"));
        editable(item.cycleId());
        Assessment.Item before = item.toItem();
        item.tick(done);
        audit.record("rubric.item-ticked", item.cycleId(), before, item.toItem());
    }

    /** Starts this cycle's checklists, on both rubrics, from the most recent earlier cycle's items, all not yet done. */
    @PreAuthorize(ADMIN)
    @Transactional
    public int copyChecklistFromPreviousCycle(long cycleId) {
        Cycle cycle = editable(cycleId);
        if (items.existsByCycleId(cycleId)) {
            throw new CycleRuleViolation("rubric.error.checklist-not-empty");
        }
        Cycle previous = cycles.history().stream()
                .filter(c -> c.id() != cycleId && c.startsOn().isBefore(cycle.startsOn()))
                .findFirst()
                .orElseThrow(() -> new CycleRuleViolation("rubric.error.no-previous-cycle"));
        List<ItemRecord> copies = items.findByCycleIdOrderByActionStepAscIdAsc(previous.id()).stream()
                .map(item -> item.copyFor(cycleId)).toList();
        items.saveAll(copies);
        audit.record("rubric.checklist-copied", cycleId, Map.of("fromCycle", previous.id()), Map.of("items", copies.size()));
        return copies.size();
    }

    private Cycle existing(long cycleId) {
        return cycles.cycle(cycleId).orElseThrow(() -> new CycleRuleViolation("cycle.error.not-found"));
    }

    private Cycle editable(long cycleId) {
        Cycle cycle = existing(cycleId);
        if (cycle.adopted()) {
            throw new CycleRuleViolation("cycle.error.adopted-read-only");
        }
        return cycle;
    }
}
