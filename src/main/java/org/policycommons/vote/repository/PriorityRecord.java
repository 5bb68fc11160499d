package org.policycommons.vote.repository;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.policycommons.district.DistrictOwned;
import org.policycommons.rubric.ActionStep;
import org.policycommons.text.Translated;
import org.policycommons.vote.Priority;

@Entity
@Table(name = "priority")
public class PriorityRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(nullable = false)
    private int position;

    @Column(name = "action_step")
    private Integer actionStep;

    @Version
    private long version;

    protected PriorityRecord() {
    }

    public PriorityRecord(long cycleId, int position, ActionStep step) {
        this.cycleId = cycleId;
        this.position = position;
        this.actionStep = step == null ? null : step.number();
    }

    public Long id() {
        return id;
    }

    public long cycleId() {
        return cycleId;
    }

    public int position() {
        return position;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** The priority with its words, kept in the translation table. */
    public Priority toPriority(Translated title, Translated explanation) {
        return new Priority(id, cycleId, position, title, explanation,
                Optional.ofNullable(actionStep).map(ActionStep::ofNumber), version);
    }
}
