package org.policycommons.comment.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;

/** A person follows a section of a draft (by its key, across versions), or the whole draft (an empty key). */
@Entity
@Table(name = "follow")
public class FollowRecord extends DistrictOwned {

    /** The section key of a follow of the whole draft. */
    public static final String WHOLE_DRAFT = "";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private long participantId;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "section_key", nullable = false, updatable = false, length = 36)
    private String sectionKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected FollowRecord() {
    }

    public long draftId() {
        return draftId;
    }

    public String sectionKey() {
        return sectionKey;
    }
}
