package org.policycommons.comment.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.policycommons.district.DistrictOwned;

/** A district admin's request to learn who wrote a student's comment, and a second admin's decision on it. */
@Entity
@Table(name = "reveal_request")
public class RevealRequestRecord extends DistrictOwned {

    public static final String PENDING = "PENDING";
    public static final String APPROVED = "APPROVED";
    public static final String DECLINED = "DECLINED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "comment_id", nullable = false, updatable = false)
    private long commentId;

    @Column(nullable = false, updatable = false, length = 500)
    private String reason;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_by_name", nullable = false, updatable = false, length = 200)
    private String requestedByName;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(nullable = false, length = 16)
    private String state;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_by_name", length = 200)
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected RevealRequestRecord() {
    }

    public RevealRequestRecord(long cycleId, long commentId, String reason, String requestedBy, String requestedByName,
                               Instant now) {
        this.cycleId = cycleId;
        this.commentId = commentId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedByName = requestedByName;
        this.requestedAt = now;
        this.state = PENDING;
    }

    public void decide(boolean approved, String by, String byName, Instant now) {
        this.state = approved ? APPROVED : DECLINED;
        this.decidedBy = by;
        this.decidedByName = byName;
        this.decidedAt = now;
    }

    public long id() {
        return id;
    }

    public long cycleId() {
        return cycleId;
    }

    public long commentId() {
        return commentId;
    }

    public String reason() {
        return reason;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requestedByName() {
        return requestedByName;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String state() {
        return state;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
