package org.policycommons.audit;

import java.time.Instant;
import java.util.List;

/** One recorded admin action, as the audit log shows it. {@code before} and {@code after} are JSON. */
public record AuditEntry(long id, Instant occurredAt, String actorSubject, String actorName, String action,
                         Long cycleId, String before, String after) {

    /** What the action changed, field by field, for reading. */
    public List<AuditChange> changes() {
        return AuditChange.between(before, after);
    }
}
