package org.policycommons.operator;

import java.time.Clock;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.policycommons.audit.AuditLog;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PlatformKeycloak;
import org.policycommons.identity.Roles;
import org.policycommons.identity.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deactivates a district, and reactivates it. Deactivated, its realm is disabled in Keycloak (every Keycloak session
 * ends and no sign-in or token is issued), the portal ends its sessions at their next request and says on its pages
 * that it is closed, and its scheduled work (phase openings, notices) stops; nothing it holds is changed or deleted.
 * Keycloak is changed first, so that a district is never marked closed while its realm still lets people in; if the
 * portal then fails to record it, the realm is enabled again. Each change is in the district's audit log.
 */
@Service
@PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
public class DistrictDeactivation {

    private static final Logger log = LoggerFactory.getLogger(DistrictDeactivation.class);
    static final int REASON_LIMIT = 1000;

    private final DistrictDirectory districts;
    private final PlatformKeycloak platform;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DistrictDeactivation(DistrictDirectory districts, PlatformKeycloak platform, AuditLog audit,
                         TransactionTemplate transactions, Clock clock) {
        this.districts = districts;
        this.platform = platform;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the district's audit log keeps of a deactivation or reactivation. */
    record Audited(boolean active, String reason) {
    }

    public District deactivate(String slug, String reasonTyped) {
        String reason = reasonTyped == null ? "" : reasonTyped.strip();
        if (reason.isEmpty()) {
            throw new OperatorRuleViolation("operator.error.reason-required");
        }
        if (reason.length() > REASON_LIMIT) {
            throw new OperatorRuleViolation("operator.error.reason-too-long", REASON_LIMIT);
        }
        District district = existing(slug);
        if (!district.active()) {
            throw new OperatorRuleViolation("operator.error.already-deactivated", district.name());
        }
        setRealmEnabled(district, false);
        try {
            District closed = TenantScope.callAs(district.id(), () -> transactions.execute(status -> {
                District changed = districts.deactivate(district.id(), clock.instant(), reason);
                audit.recordOperatorAction("district.deactivated", new Audited(true, null), new Audited(false, reason));
                return changed;
            }));
            log.info("District {} deactivated", slug);
            return closed;
        } catch (RuntimeException failed) {
            setRealmEnabled(district, true);
            throw failed;
        }
    }

    public District reactivate(String slug) {
        District district = existing(slug);
        if (district.active()) {
            throw new OperatorRuleViolation("operator.error.already-active", district.name());
        }
        // Keycloak first, as for deactivating: while the portal still marks the district closed, nobody gets in.
        setRealmEnabled(district, true);
        try {
            District open = TenantScope.callAs(district.id(), () -> transactions.execute(status -> {
                District changed = districts.reactivate(district.id());
                audit.recordOperatorAction("district.reactivated",
                        new Audited(false, district.deactivation().map(District.Deactivation::reason).orElse(null)),
                        new Audited(true, null));
                return changed;
            }));
            log.info("District {} reactivated", slug);
            return open;
        } catch (RuntimeException failed) {
            setRealmEnabled(district, false);
            throw failed;
        }
    }

    private District existing(String slug) {
        return districts.bySlug(slug == null ? "" : slug.strip())
                .orElseThrow(() -> new OperatorRuleViolation("operator.error.no-such-district", String.valueOf(slug)));
    }

    private void setRealmEnabled(District district, boolean enabled) {
        try {
            RealmResource realm = platform.client().realm(district.keycloakRealm());
            RealmRepresentation settings = realm.toRepresentation();
            settings.setEnabled(enabled);
            realm.update(settings);
            if (!enabled) {
                try {
                    realm.logoutAll();
                } catch (ProcessingException | WebApplicationException notEnded) {
                    // The realm is disabled: it issues no token, and the portal ends its own sessions anyway.
                    log.warn("Could not end the Keycloak sessions of realm {}: {}", district.keycloakRealm(),
                            notEnded.getMessage());
                }
            }
        } catch (ProcessingException unavailable) {
            throw new OperatorRuleViolation("operator.error.keycloak-unavailable", String.valueOf(unavailable.getMessage()));
        } catch (WebApplicationException refused) {
            throw new OperatorRuleViolation("operator.error.realm-refused", district.keycloakRealm(),
                    refused.getResponse().getStatus());
        }
    }
}
