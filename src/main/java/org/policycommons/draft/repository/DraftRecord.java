package org.policycommons.draft.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.policycommons.district.DistrictOwned;

/** A draft; its versions and sections are rows of their own. Any change to them touches this row's version. */
@Entity
@Table(name = "draft")
public class DraftRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DraftRecord() {
    }

    public DraftRecord(long cycleId, String title, Instant now) {
        this.cycleId = cycleId;
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long cycleId() {
        return cycleId;
    }

    public String title() {
        return title;
    }

    public long version() {
        return version;
    }

    /** Marks the draft changed, so a concurrent edit based on the older version is refused. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }
}
