package org.policycommons.draft.repository;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;
import org.policycommons.draft.Section;
import org.policycommons.rubric.ActionStep;

@Entity
@Table(name = "draft_section")
public class SectionRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "section_key", nullable = false, updatable = false, length = 36)
    private String key;

    @Column(nullable = false, updatable = false, length = 300)
    private String heading;

    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "action_steps", nullable = false, length = 20)
    private String actionSteps = "";

    protected SectionRecord() {
    }

    public SectionRecord(long versionId, int position, String key, String heading, String body, Set<ActionStep> steps) {
        this.versionId = versionId;
        this.position = position;
        this.key = key;
        this.heading = heading;
        this.body = body;
        tag(steps);
    }

    public Long id() {
        return id;
    }

    public long versionId() {
        return versionId;
    }

    public String key() {
        return key;
    }

    public String heading() {
        return heading;
    }

    public Set<ActionStep> actionSteps() {
        if (actionSteps.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(actionSteps.split(",")).map(n -> ActionStep.ofNumber(Integer.parseInt(n)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActionStep.class)));
    }

    public void tag(Set<ActionStep> steps) {
        this.actionSteps = steps.stream().map(ActionStep::number).collect(Collectors.toCollection(TreeSet::new))
                .stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public Section toSection() {
        return new Section(id, key, position, heading, body, actionSteps());
    }
}
