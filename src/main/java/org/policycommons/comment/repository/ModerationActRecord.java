package org.policycommons.comment.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;

/** One hiding or restoring of a comment, with its public reason. */
@Entity
@Table(name = "moderation_act")
public class ModerationActRecord extends DistrictOwned {

    public static final String HIDE = "HIDE";
    public static final String RESTORE = "RESTORE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "comment_id", nullable = false, updatable = false)
    private long commentId;

    @Column(nullable = false, updatable = false, length = 16)
    private String act;

    @Column(name = "public_reason", nullable = false, updatable = false, length = 500)
    private String publicReason;

    @Column(name = "reason_key", updatable = false, length = 60)
    private String reasonKey;

    @Column(name = "actor_subject", nullable = false, updatable = false, length = 64)
    private String actorSubject;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ModerationActRecord() {
    }

    public ModerationActRecord(long cycleId, long commentId, String act, String publicReason, String reasonKey,
                               String actorSubject, Instant now) {
        this.reasonKey = reasonKey;
        this.cycleId = cycleId;
        this.commentId = commentId;
        this.act = act;
        this.publicReason = publicReason;
        this.actorSubject = actorSubject;
        this.createdAt = now;
    }
}
