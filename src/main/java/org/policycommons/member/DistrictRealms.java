package org.policycommons.member;

import org.keycloak.admin.client.resource.RealmResource;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.PlatformKeycloak;
import org.springframework.stereotype.Component;

/**
 * The district in scope and its Keycloak realm, reached through the platform account: the member services never take
 * a realm from a parameter, so nobody reaches another district's people.
 */
@Component
class DistrictRealms {

    private final DistrictDirectory districts;
    private final PlatformKeycloak platform;

    DistrictRealms(DistrictDirectory districts, PlatformKeycloak platform) {
        this.districts = districts;
        this.platform = platform;
    }

    District current() {
        return districts.byId(CurrentDistrict.require())
                .orElseThrow(() -> new IllegalStateException("The district in scope is not registered"));
    }

    RealmResource currentRealm() {
        return of(current());
    }

    /** A given district's realm: for a sign-in, before any district is in scope. */
    RealmResource of(District district) {
        return platform.client().realm(district.keycloakRealm());
    }
}
