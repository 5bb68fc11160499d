package org.policycommons.vote.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;

/** Points a ballot gives one priority (only when more than zero). */
@Entity
@Table(name = "ballot_points")
public class BallotPointsRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ballot_id", nullable = false, updatable = false)
    private long ballotId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "voter_group", nullable = false, updatable = false, length = 32)
    private String voterGroup;

    @Column(name = "priority_id", nullable = false, updatable = false)
    private long priorityId;

    @Column(nullable = false, updatable = false)
    private int points;

    protected BallotPointsRecord() {
    }

    public BallotPointsRecord(long ballotId, long cycleId, String voterGroup, long priorityId, int points) {
        this.ballotId = ballotId;
        this.cycleId = cycleId;
        this.voterGroup = voterGroup;
        this.priorityId = priorityId;
        this.points = points;
    }

    public long priorityId() {
        return priorityId;
    }

    public int points() {
        return points;
    }
}
