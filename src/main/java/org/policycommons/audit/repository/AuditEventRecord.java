package org.policycommons.audit.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.policycommons.audit.AuditEntry;
import org.policycommons.district.DistrictOwned;

/** An audit row. Immutable: Hibernate never issues an UPDATE for it, and no code path deletes one. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventRecord extends DistrictOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_subject", nullable = false, length = 64)
    private String actorSubject;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    protected AuditEventRecord() {
    }

    public AuditEventRecord(Instant occurredAt, String actorSubject, String actorName, String action, Long cycleId,
                            String before, String after) {
        this.occurredAt = occurredAt;
        this.actorSubject = actorSubject;
        this.actorName = actorName;
        this.action = action;
        this.cycleId = cycleId;
        this.before = before;
        this.after = after;
    }

    public AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actorSubject, actorName, action, cycleId, before, after);
    }
}
