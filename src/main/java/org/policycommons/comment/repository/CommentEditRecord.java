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

import org.policycommons.comment.Stance;
import org.policycommons.district.DistrictOwned;

/** A wording a comment had before its author edited it. */
@Entity
@Table(name = "comment_edit")
public class CommentEditRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false, updatable = false)
    private long commentId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 16)
    private Stance stance;

    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String body;

    @Column(updatable = false, length = 1000)
    private String quote;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    protected CommentEditRecord() {
    }

    public CommentEditRecord(CommentRecord before, Instant now) {
        this.commentId = before.id();
        this.stance = before.stance();
        this.body = before.body();
        this.quote = before.quote();
        this.writtenAt = before.editedAt() != null ? before.editedAt() : before.createdAt();
        this.replacedAt = now;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
