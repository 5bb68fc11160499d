package org.policycommons.draft.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;

@Entity
@Table(name = "draft_version")
public class VersionRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String source;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    protected VersionRecord() {
    }

    public VersionRecord(long draftId, int number, String source, Instant now) {
        this.draftId = draftId;
        this.number = number;
        this.source = source;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long draftId() {
        return draftId;
    }

    public int number() {
        return number;
    }

    public String source() {
        return source;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** Only while unpublished; the service checks, and this refuses too. */
    public void rewrite(String newSource) {
        requireWorking();
        this.source = newSource;
    }

    public void publish(Instant now, String by) {
        requireWorking();
        this.publishedAt = now;
        this.publishedBy = by;
    }

    private void requireWorking() {
        if (published()) {
            throw new IllegalStateException("Version " + number + " of draft " + draftId + " is published");
        }
    }
}
