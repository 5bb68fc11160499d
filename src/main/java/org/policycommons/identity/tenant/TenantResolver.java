package org.policycommons.identity.tenant;

import java.util.Map;

import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.policycommons.identity.CurrentDistrict;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which district a database session works for: the district explicitly in scope
 * ({@link TenantScope}), else the signed-in session's district, else none at all, which matches no row.
 */
@Component
public class TenantResolver implements CurrentTenantIdentifierResolver<Long>, HibernatePropertiesCustomizer {

    /** No district has this id, so a session without a district reads nothing district-owned. */
    static final long NO_DISTRICT = -1L;

    @Override
    public Long resolveCurrentTenantIdentifier() {
        return CurrentDistrict.id().orElse(NO_DISTRICT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        // A transaction keeps the district it started with; one request never switches district mid-way.
        return false;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
    }
}
