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

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "title_es", nullable = false, length = 200)
    private String titleEs;

    @Column(name = "explanation_en", nullable = false, length = 1000)
    private String explanationEn;

    @Column(name = "explanation_es", nullable = false, length = 1000)
    private String explanationEs;

    @Column(name = "action_step")
    private Integer actionStep;

    @Version
    private long version;

    protected PriorityRecord() {
    }

    public PriorityRecord(long cycleId, int position, Priority.Wording english, Priority.Wording spanish,
                          ActionStep step) {
        this.cycleId = cycleId;
        this.position = position;
        reword(english, spanish);
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

    public void reword(Priority.Wording english, Priority.Wording spanish) {
        this.titleEn = english.title();
        this.explanationEn = english.explanation();
        this.titleEs = spanish.title();
        this.explanationEs = spanish.explanation();
    }

    public Priority toPriority() {
        return new Priority(id, cycleId, position, new Priority.Wording(titleEn, explanationEn),
                new Priority.Wording(titleEs, explanationEs),
                Optional.ofNullable(actionStep).map(ActionStep::ofNumber), version);
    }
}
