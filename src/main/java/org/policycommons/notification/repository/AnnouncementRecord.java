package org.policycommons.notification.repository;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;

/** A phase opening still to be announced (the outbox row), or one already announced. */
@Entity
@Table(name = "notice_announcement")
public class AnnouncementRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false, updatable = false, length = 100)
    private String messageKey;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "cycle_title", nullable = false, updatable = false, length = 200)
    private String cycleTitle;

    @Column(nullable = false, updatable = false, length = 32)
    private String phase;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected AnnouncementRecord() {
    }

    public AnnouncementRecord(Instant now, String messageKey, long cycleId, String cycleTitle, String phase) {
        this.createdAt = now;
        this.messageKey = messageKey;
        this.cycleId = cycleId;
        this.cycleTitle = cycleTitle;
        this.phase = phase;
        this.nextAttemptAt = now;
    }

    public long id() {
        return id;
    }

    public String messageKey() {
        return messageKey;
    }

    public long cycleId() {
        return cycleId;
    }

    public String cycleTitle() {
        return cycleTitle;
    }

    public String phase() {
        return phase;
    }

    public int attempts() {
        return attempts;
    }

    public boolean done() {
        return doneAt != null;
    }

    public String lastError() {
        return lastError;
    }

    public void announced(Instant now) {
        this.attempts++;
        this.doneAt = now;
    }

    public void failed(Instant now, String error, Duration retryIn) {
        this.attempts++;
        this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        this.nextAttemptAt = now.plus(retryIn);
    }
}
