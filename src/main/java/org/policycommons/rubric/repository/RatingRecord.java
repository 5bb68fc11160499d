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
import org.policycommons.rubric.Rating;
import org.policycommons.rubric.Rubric;

@Entity
@Table(name = "rubric_rating")
public class RatingRecord extends DistrictOwned {

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
    @Column(nullable = false, length = 16)
    private Rating rating;

    @Column(length = 4000)
    private String evidence;

    protected RatingRecord() {
    }

    public RatingRecord(long cycleId, Rubric rubric, int actionStep) {
        this.cycleId = cycleId;
        this.rubric = rubric;
        this.actionStep = actionStep;
        this.rating = Rating.NOT_STARTED;
    }

    public long cycleId() {
        return cycleId;
    }

    public Rubric rubric() {
        return rubric;
    }

    public int actionStep() {
        return actionStep;
    }

    public Rating rating() {
        return rating;
    }

    public String evidence() {
        return evidence;
    }

    public void rate(Rating newRating, String newEvidence) {
        this.rating = newRating;
        this.evidence = newEvidence;
    }
}
