package org.policycommons.vote.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.policycommons.district.DistrictOwned;
import org.policycommons.vote.VoteSetup;

@Entity
@Table(name = "vote_setup")
public class VoteSetupRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(nullable = false)
    private int budget;

    @Column(nullable = false)
    private int cap;

    @Version
    private long version;

    protected VoteSetupRecord() {
    }

    public VoteSetupRecord(long cycleId, VoteSetup setup) {
        this.cycleId = cycleId;
        change(setup);
    }

    public void change(VoteSetup setup) {
        this.budget = setup.budget();
        this.cap = setup.cap();
    }

    public VoteSetup toSetup() {
        return new VoteSetup(budget, cap);
    }
}
