package org.policycommons.notification.repository;

/** Where a notice's email stands. */
public enum MailState {
    /** No email: the person turned email off or has no address, or no SMTP server is configured. */
    NONE,
    /** Queued, to be sent at its next attempt time. */
    PENDING,
    SENT,
    /** Given up after the last retry; the in-app notice still stands. */
    FAILED,
    /** Waiting for the person's daily or weekly digest email. */
    DIGEST,
    /** Gathered into a digest email, which has a mail state of its own. */
    IN_DIGEST
}
