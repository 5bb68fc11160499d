package org.policycommons.notification.repository;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Where an email stands in the outbox (a notice's or a digest's): its state, attempts and next try. */
@Embeddable
public class Mailing {

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, length = 16)
    private MailState state = MailState.NONE;

    @Column(name = "mail_attempts", nullable = false)
    private int attempts;

    @Column(name = "next_mail_at")
    private Instant nextAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected Mailing() {
    }

    /** An email in this state from {@code now}: a PENDING one is due at once. */
    Mailing(MailState state, Instant now) {
        this.state = state;
        this.nextAt = state == MailState.PENDING ? now : null;
    }

    public MailState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public void mailed(Instant now) {
        attempts++;
        state = MailState.SENT;
        mailedAt = now;
        nextAt = null;
    }

    /** The person no longer wants email, or has no address: nothing to send, nothing to retry. */
    public void notWanted() {
        state = MailState.NONE;
        nextAt = null;
    }

    /** A failed send is retried later, up to {@code maxAttempts} in all, then given up as FAILED. */
    public void failed(Instant now, Duration retryIn, int maxAttempts) {
        attempts++;
        if (attempts >= maxAttempts) {
            state = MailState.FAILED;
            nextAt = null;
        } else {
            nextAt = now.plus(retryIn);
        }
    }
}
