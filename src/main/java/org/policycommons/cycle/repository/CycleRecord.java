package org.policycommons.cycle.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.policycommons.cycle.BoardMilestones;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CyclePlan;
import org.policycommons.cycle.PhaseKind;
import org.policycommons.cycle.PhaseWindow;
import org.policycommons.district.DistrictOwned;
import org.policycommons.text.Translated;

/** A review cycle with its phases: one aggregate, edited as a whole and versioned as a whole. */
@Entity
@Table(name = "review_cycle")
public class CycleRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "school_year", nullable = false, length = 20)
    private String schoolYear;

    @Column(length = 4000)
    private String description;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "first_reading_on")
    private LocalDate firstReadingOn;
    @Column(name = "first_reading_outcome", length = 500)
    private String firstReadingOutcome;
    @Column(name = "second_reading_on")
    private LocalDate secondReadingOn;
    @Column(name = "second_reading_outcome", length = 500)
    private String secondReadingOutcome;
    @Column(name = "adoption_vote_on")
    private LocalDate adoptionVoteOn;
    @Column(name = "adoption_vote_outcome", length = 500)
    private String adoptionVoteOutcome;
    @Column(name = "takes_effect_on")
    private LocalDate takesEffectOn;
    @Column(name = "next_review_due_on")
    private LocalDate nextReviewDueOn;
    @Column(name = "adopted_at")
    private Instant adoptedAt;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL)
    private List<PhaseRecord> phases = new ArrayList<>();

    protected CycleRecord() {
    }

    public CycleRecord(CyclePlan plan, Instant createdAt) {
        this.title = plan.title().strip();
        this.schoolYear = plan.schoolYear().strip();
        this.description = plan.description() == null ? null : plan.description().strip();
        this.startsOn = plan.startsOn();
        this.endsOn = plan.endsOn();
        this.createdAt = createdAt;
        plan.phases().stream().sorted(Comparator.comparing(PhaseWindow::kind))
                .forEach(window -> phases.add(new PhaseRecord(this, window)));
    }

    public Long id() {
        return id;
    }

    /** The title in the district's first language; the others are in the translation table. */
    public void retitle(String firstLanguageTitle) {
        this.title = firstLanguageTitle.strip();
    }

    public String title() {
        return title;
    }

    public List<PhaseRecord> plannedPhases() {
        return List.copyOf(phases);
    }

    public long version() {
        return version;
    }

    public boolean adopted() {
        return adoptedAt != null;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    public PhaseRecord phase(PhaseKind kind) {
        return phases.stream().filter(p -> p.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("Cycle " + id + " has no phase " + kind));
    }

    /** The cycle's plan, e.g. to check a change against the rules before it is made. */
    public CyclePlan plan() {
        return new CyclePlan(title, schoolYear, description, startsOn, endsOn,
                phases.stream().map(PhaseRecord::window).toList());
    }

    public BoardMilestones milestones() {
        return new BoardMilestones(firstReadingOn, firstReadingOutcome, secondReadingOn, secondReadingOutcome,
                adoptionVoteOn, adoptionVoteOutcome, takesEffectOn, nextReviewDueOn);
    }

    public void recordMilestones(BoardMilestones milestones) {
        this.firstReadingOn = milestones.firstReadingOn();
        this.firstReadingOutcome = milestones.firstReadingOutcome();
        this.secondReadingOn = milestones.secondReadingOn();
        this.secondReadingOutcome = milestones.secondReadingOutcome();
        this.adoptionVoteOn = milestones.adoptionVoteOn();
        this.adoptionVoteOutcome = milestones.adoptionVoteOutcome();
        this.takesEffectOn = milestones.takesEffectOn();
        this.nextReviewDueOn = milestones.nextReviewDueOn();
    }

    public void markAdopted(Instant now) {
        this.adoptedAt = now;
    }

    public Cycle toCycle(Instant now, ZoneId zone) {
        return new Cycle(id, title, schoolYear, description, startsOn, endsOn, version,
                phases.stream().sorted(Comparator.comparing(PhaseRecord::kind)).map(p -> p.toPhase(now, zone)).toList(),
                milestones(), adoptedAt, Translated.NONE);
    }
}
