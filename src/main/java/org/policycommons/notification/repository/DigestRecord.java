package org.policycommons.notification.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.policycommons.district.DistrictOwned;

/**
 * One person's digest email of one period (e.g. {@code D2026-12-03}, {@code W2026-11-30}): the notices it gathers
 * point at it; it is sent and retried like a notice's email.
 */
@Entity
@Table(name = "notice_digest")
public class DigestRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private long participantId;

    @Column(nullable = false, updatable = false, length = 16)
    private String period;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Embedded
    private Mailing mail;

    protected DigestRecord() {
    }

    public DigestRecord(long participantId, String period, Instant now) {
        this.participantId = participantId;
        this.period = period;
        this.createdAt = now;
        this.mail = new Mailing(MailState.PENDING, now);
    }

    public Long id() {
        return id;
    }

    public long participantId() {
        return participantId;
    }

    public String period() {
        return period;
    }

    /** Where its email stands. */
    public Mailing mail() {
        return mail;
    }
}
