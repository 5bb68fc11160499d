package org.policycommons.audit.repository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only on purpose: it can insert and read, and has no update or delete. */
public interface AuditEventRepository extends Repository<AuditEventRecord, Long> {

    AuditEventRecord save(AuditEventRecord event);

    @Query("select distinct new org.policycommons.audit.AuditLog$Actor(e.actorSubject, e.actorName) "
            + "from AuditEventRecord e order by e.actorName")
    java.util.List<org.policycommons.audit.AuditLog.Actor> actors();

    @Query("""
            select e from AuditEventRecord e
            where (:cycleId is null or e.cycleId = :cycleId)
              and (:actorSubject is null or e.actorSubject = :actorSubject)
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEventRecord> search(@Param("cycleId") Long cycleId, @Param("actorSubject") String actorSubject,
                                  Pageable page);
}
