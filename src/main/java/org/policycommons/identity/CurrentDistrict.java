package org.policycommons.identity;

import java.util.Optional;

/**
 * The district the current work is for: the one set by {@link TenantScope}, else the signed-in person's. Hibernate's
 * tenant filter uses the same answer; native SQL must use it too (docs/decisions/002).
 */
public final class CurrentDistrict {

    private CurrentDistrict() {
    }

    public static Optional<Long> id() {
        Long explicit = TenantScope.explicitDistrict();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        return CurrentUser.get().map(PortalUser::districtId);
    }

    public static long require() {
        return id().orElseThrow(() -> new IllegalStateException("No district in scope"));
    }
}
