package org.policycommons.comment.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.comment.Disposition;
import org.policycommons.district.DistrictOwned;

/** A district response to one or more comments on one version of a draft. */
@Entity
@Table(name = "district_response")
public class ResponseRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Disposition disposition;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_by_name", nullable = false, updatable = false, length = 200)
    private String createdByName;

    protected ResponseRecord() {
    }

    public ResponseRecord(long cycleId, long draftId, long versionId, String body, Disposition disposition,
                          Instant now, String createdBy, String createdByName) {
        this.cycleId = cycleId;
        this.draftId = draftId;
        this.versionId = versionId;
        this.body = body;
        this.disposition = disposition;
        this.createdAt = now;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
    }

    public Long id() {
        return id;
    }

    public long cycleId() {
        return cycleId;
    }

    public long draftId() {
        return draftId;
    }

    public long versionId() {
        return versionId;
    }

    public String body() {
        return body;
    }

    public Disposition disposition() {
        return disposition;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
