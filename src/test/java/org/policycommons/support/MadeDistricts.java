package org.policycommons.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PlatformKeycloak;
import org.policycommons.operator.DistrictCreation;
import org.policycommons.operator.NewDistrict;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Districts a test makes through the portal, as an operator would, and removes again: the rows its sign-ins and its
 * audit entries wrote, its row, and its Keycloak realm. Tests only: the portal itself never deletes a district that
 * holds anything.
 */
@Component
public class MadeDistricts {

    private final DistrictDirectory districts;
    private final PlatformKeycloak platform;
    private final JdbcTemplate jdbc;
    private final DistrictCreation creation;
    private final List<String> made = new ArrayList<>();

    MadeDistricts(DistrictDirectory districts, PlatformKeycloak platform, JdbcTemplate jdbc, DistrictCreation creation) {
        this.districts = districts;
        this.platform = platform;
        this.jdbc = jdbc;
        this.creation = creation;
    }

    /**
     * A new district in English and Spanish with a fresh address, created by a platform operator (whoever is signed
     * in on this thread stays signed in); its first admin is invited at {@code first@<slug>.example.org}.
     */
    public District create(String name) {
        String slug = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SignedIn.asOperator(true);
        try {
            made.add(slug);
            return creation.create(new NewDistrict(name, slug, List.of(Locale.ENGLISH, Locale.forLanguageTag("es")),
                    "America/Chicago", 1000, "first@" + slug + ".example.org", "Fay", "First"));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** Removes every district {@link #create} made. */
    public void removeAll() {
        made.forEach(this::remove);
        made.clear();
    }

    public void remove(String slug) {
        districts.bySlug(slug).ifPresent(district -> {
            // Everything the district holds, whatever a test made in it, in one connection with the foreign keys
            // set aside: the district goes as a whole.
            List<String> owned = jdbc.queryForList("""
                    select table_name from information_schema.columns
                    where table_schema = database() and column_name = 'district_id'""", String.class);
            jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("set foreign_key_checks = 0");
                    try {
                        for (String table : owned) {
                            statement.executeUpdate("delete from " + table + " where district_id = " + district.id());
                        }
                    } finally {
                        statement.execute("set foreign_key_checks = 1");
                    }
                }
                return null;
            });
            districts.forget(slug);
        });
        try {
            platform.client().realm(slug).remove();
        } catch (jakarta.ws.rs.NotFoundException gone) {
            // never made, or removed by the test itself
        }
    }
}
