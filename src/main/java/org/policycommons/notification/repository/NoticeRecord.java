package org.policycommons.notification.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;
import org.policycommons.notification.Notice;

/** An in-app notice. Its words are not stored: they are rendered in the reader's language when shown. */
@Entity
@Table(name = "notice")
public class NoticeRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private long participantId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false, updatable = false, length = 100)
    private String messageKey;

    @Column(name = "cycle_id", updatable = false)
    private Long cycleId;

    @Column(name = "cycle_title", updatable = false, length = 200)
    private String cycleTitle;

    @Column(updatable = false, length = 32)
    private String phase;

    @Column(name = "read_at")
    private Instant readAt;

    protected NoticeRecord() {
    }

    public NoticeRecord(long participantId, Instant createdAt, String messageKey, Long cycleId, String cycleTitle,
                        String phase) {
        this.participantId = participantId;
        this.createdAt = createdAt;
        this.messageKey = messageKey;
        this.cycleId = cycleId;
        this.cycleTitle = cycleTitle;
        this.phase = phase;
    }

    public Notice toNotice() {
        return new Notice(id, createdAt, messageKey, cycleId, cycleTitle, phase, readAt != null);
    }
}
