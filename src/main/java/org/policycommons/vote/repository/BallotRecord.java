package org.policycommons.vote.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.policycommons.district.DistrictOwned;

/** One person's ballot in one cycle; its points are rows of their own. */
@Entity
@Table(name = "ballot")
public class BallotRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "voter_id", nullable = false, updatable = false)
    private long voterId;

    @Column(name = "voter_group", nullable = false, length = 32)
    private String voterGroup;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    private long version;

    protected BallotRecord() {
    }

    public BallotRecord(long cycleId, long voterId, String voterGroup, Instant now) {
        this.cycleId = cycleId;
        this.voterId = voterId;
        this.voterGroup = voterGroup;
        this.savedAt = now;
    }

    public Long id() {
        return id;
    }

    public String voterGroup() {
        return voterGroup;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public void saved(String group, Instant now) {
        this.voterGroup = group;
        this.savedAt = now;
    }
}
