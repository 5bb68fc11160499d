package org.policycommons.operator;

import java.util.List;

import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.RealmHealth;
import org.policycommons.identity.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The operator's view of the platform: every district with how its realm is doing. Platform admins only. */
@Service
public class DistrictOverview {

    /** One district and its realm's state, asked of the realm now. */
    public record Row(District district, RealmHealth.RealmStatus realm) {
    }

    private final DistrictDirectory districts;
    private final RealmHealth realms;

    DistrictOverview(DistrictDirectory districts, RealmHealth realms) {
        this.districts = districts;
        this.realms = realms;
    }

    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    public List<Row> districts() {
        return districts.all().stream().map(d -> new Row(d, realms.check(d.keycloakRealm()))).toList();
    }
}
