package org.policycommons.comment.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;

/** A participant's flag on a comment, with why; handled when a moderator hides, restores or dismisses. */
@Entity
@Table(name = "comment_flag")
public class FlagRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false, updatable = false)
    private long commentId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private long participantId;

    @Column(nullable = false, updatable = false, length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    protected FlagRecord() {
    }

    public FlagRecord(long commentId, long participantId, String reason, Instant now) {
        this.commentId = commentId;
        this.participantId = participantId;
        this.reason = reason;
        this.createdAt = now;
    }

    public long commentId() {
        return commentId;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
