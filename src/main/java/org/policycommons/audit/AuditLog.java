package org.policycommons.audit;

import org.policycommons.audit.repository.AuditEventRecord;
import org.policycommons.audit.repository.AuditEventRepository;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

/**
 * The district's record of every admin action. Entries are written in the same transaction as the action, so an
 * action and its entry are stored together or not at all, and they are never changed or deleted.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an action of the signed-in person. Must run inside the transaction of the action itself.
     *
     * @param action  what was done, e.g. {@code cycle.created}
     * @param cycleId the review cycle it concerns, if any
     * @param before  the values before (any record, serialised as JSON), or null
     * @param after   the values after, or null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, Long cycleId, Object before, Object after) {
        PortalUser actor = CurrentUser.get()
                .orElseThrow(() -> new IllegalStateException("An audited action needs a signed-in actor"));
        events.save(new AuditEventRecord(clock.instant(), actor.subject(), actor.displayName(), action, cycleId,
                json(before), json(after)));
    }

    /**
     * Records a platform operator's action on the district in scope (created, deactivated, reactivated), in that
     * district's own log, where its admins and board read it. The caller enters the district's
     * {@link org.policycommons.identity.TenantScope} and a transaction, as for any action.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordOperatorAction(String action, Object before, Object after) {
        org.policycommons.identity.OperatorUser actor = CurrentUser.operator()
                .orElseThrow(() -> new IllegalStateException("An operator's action needs a signed-in operator"));
        events.save(new AuditEventRecord(clock.instant(), actor.subject(), actor.displayName(), action, null,
                json(before), json(after)));
    }

    /** The log, newest first, optionally narrowed to one cycle and/or one actor. */
    @PreAuthorize("hasAnyRole('" + Roles.DISTRICT_ADMIN + "', '" + Roles.BOARD + "')")
    public Page<AuditEntry> entries(Long cycleId, String actorSubject, Pageable page) {
        return events.search(cycleId, actorSubject, page).map(AuditEventRecord::toEntry);
    }

    /** Everyone who has an entry in the log, for filtering by actor. */
    @PreAuthorize("hasAnyRole('" + Roles.DISTRICT_ADMIN + "', '" + Roles.BOARD + "')")
    public java.util.List<Actor> actors() {
        return events.actors();
    }

    public record Actor(String subject, String name) {
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }
}
