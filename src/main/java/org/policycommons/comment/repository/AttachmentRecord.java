package org.policycommons.comment.repository;

import java.time.Instant;

import org.policycommons.district.DistrictOwned;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A file attached to a comment or to an item received outside the portal; its bytes are read only to serve it. */
@Entity
@Table(name = "attachment")
public class AttachmentRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", updatable = false)
    private Long commentId;

    @Column(name = "intake_id", updatable = false)
    private Long intakeId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(name = "added_by", nullable = false, updatable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected AttachmentRecord() {
    }

    /** Attached to a comment ({@code intakeId} null) or to an item received outside the portal. */
    public AttachmentRecord(Long commentId, Long intakeId, String fileName, String contentType, byte[] content,
                            String sha256, String addedBy, Instant now) {
        this.commentId = commentId;
        this.intakeId = intakeId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long commentId() {
        return commentId;
    }

    public Long intakeId() {
        return intakeId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant removedAt() {
        return removedAt;
    }

    public void remove(Instant now) {
        this.removedAt = now;
    }
}
