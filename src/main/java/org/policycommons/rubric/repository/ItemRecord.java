package org.policycommons.rubric.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;
import org.policycommons.rubric.Assessment;
import org.policycommons.rubric.Checklist;
import org.policycommons.rubric.Rubric;

@Entity
@Table(name = "rubric_item")
public class ItemRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private Rubric rubric;

    @Column(name = "action_step", nullable = false, updatable = false)
    private int actionStep;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Checklist checklist;

    @Column(nullable = false, updatable = false, length = 500)
    private String text;

    @Column(nullable = false)
    private boolean done;

    protected ItemRecord() {
    }

    public ItemRecord(long cycleId, Rubric rubric, int actionStep, Checklist checklist, String text) {
        this.cycleId = cycleId;
        this.rubric = rubric;
        this.actionStep = actionStep;
        this.checklist = checklist;
        this.text = text;
    }

    public long cycleId() {
        return cycleId;
    }

    public int actionStep() {
        return actionStep;
    }

    public void tick(boolean isDone) {
        this.done = isDone;
    }

    /** The same item for another cycle, not yet done. */
    public ItemRecord copyFor(long otherCycleId) {
        return new ItemRecord(otherCycleId, rubric, actionStep, checklist, text);
    }

    public Assessment.Item toItem() {
        return new Assessment.Item(id, checklist, text, done);
    }
}
