package org.policycommons.comment.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;

/** A civil-rights organisation's co-signature on a comment. */
@Entity
@Table(name = "comment_cosign")
public class CosignRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false, updatable = false)
    private long commentId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private long participantId;

    @Column(nullable = false, updatable = false, length = 200)
    private String organisation;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CosignRecord() {
    }

    public CosignRecord(long commentId, long participantId, String organisation, Instant now) {
        this.commentId = commentId;
        this.participantId = participantId;
        this.organisation = organisation;
        this.createdAt = now;
    }

    public long commentId() {
        return commentId;
    }

    public long participantId() {
        return participantId;
    }

    public String organisation() {
        return organisation;
    }
}
