package org.policycommons.support;

import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PlatformKeycloak;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes a district a test made through the portal: the rows its sign-ins and its creation's audit entry wrote,
 * its row, and its Keycloak realm. Tests only: the portal itself never deletes a district that holds anything.
 */
@Component
public class MadeDistricts {

    private final DistrictDirectory districts;
    private final PlatformKeycloak platform;
    private final JdbcTemplate jdbc;

    MadeDistricts(DistrictDirectory districts, PlatformKeycloak platform, JdbcTemplate jdbc) {
        this.districts = districts;
        this.platform = platform;
        this.jdbc = jdbc;
    }

    public void remove(String slug) {
        districts.bySlug(slug).ifPresent(district -> {
            jdbc.update("delete from audit_event where district_id = ?", district.id());
            jdbc.update("delete from participant where district_id = ?", district.id());
            districts.forget(slug);
        });
        try {
            platform.client().realm(slug).remove();
        } catch (jakarta.ws.rs.NotFoundException gone) {
            // never made, or removed by the test itself
        }
    }
}
