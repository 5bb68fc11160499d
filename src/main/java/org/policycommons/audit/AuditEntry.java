package org.policycommons.audit;

import java.time.Instant;

/** One recorded admin action, as the audit log shows it. {@code before} and {@code after} are JSON. */
public record AuditEntry(long id, Instant occurredAt, String actorSubject, String actorName, String action,
                         Long cycleId, String before, String after) {
}
