package org.policycommons.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.AccessVersions;
import org.policycommons.identity.PlatformKeycloak;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.MadeDistricts;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Deactivating a district against the real Keycloak: its realm is disabled and the portal admits nobody, nothing it
 * holds changes, both changes and the creation are in its audit log, bad requests are refused with a reason, and
 * only platform admins may do it.
 */
class DistrictDeactivationTest extends PortalIntegrationTest {

    @Autowired
    DistrictDeactivation deactivation;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    PlatformKeycloak platform;
    @Autowired
    AccessVersions accessVersions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MadeDistricts madeDistricts;

    @AfterEach
    void removeTheDistrict() {
        madeDistricts.removeAll();
    }

    @Test
    void aDeactivatedDistrictAdmitsNobodyAndKeepsItsRecords() {
        SignedIn.asOperator(true);
        District district = madeDistricts.create("Closing Schools");
        String slug = district.slug();
        assertThat(actions(district)).containsExactly("district.created");
        long rowsBefore = jdbc.queryForObject("select count(*) from audit_event", Long.class);

        assertRefused(() -> deactivation.deactivate(slug, "   "), "operator.error.reason-required");
        assertRefused(() -> deactivation.deactivate("no-such-district", "Merged"), "operator.error.no-such-district");
        assertRefused(() -> deactivation.reactivate(slug), "operator.error.already-active");
        assertThat(districts.bySlug(slug).orElseThrow().active()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(rowsBefore);

        District closed = deactivation.deactivate(slug, " Merged into Riverside ");
        assertThat(closed.active()).isFalse();
        assertThat(closed.deactivation().orElseThrow().reason()).isEqualTo("Merged into Riverside");
        assertThat(platform.client().realm(slug).toRepresentation().isEnabled()).isFalse();
        assertThat(districts.active()).extracting(District::slug).doesNotContain(slug);
        assertThat(districts.all()).extracting(District::slug).contains(slug);
        assertThat(accessVersions.current(district.id(), "anyone")).isEmpty();
        assertRefused(() -> deactivation.deactivate(slug, "Again"), "operator.error.already-deactivated");

        District open = deactivation.reactivate(slug);
        assertThat(open.active()).isTrue();
        assertThat(platform.client().realm(slug).toRepresentation().isEnabled()).isTrue();
        assertThat(accessVersions.current(district.id(), "anyone")).hasValue(0);
        assertThat(actions(district)).containsExactly("district.created", "district.deactivated", "district.reactivated");
        assertThat(jdbc.queryForObject("select after_value from audit_event where district_id = ? and action = ?",
                String.class, district.id(), "district.deactivated")).contains("Merged into Riverside");
        assertThat(jdbc.queryForObject("select actor_name from audit_event where district_id = ? and action = ?",
                String.class, district.id(), "district.deactivated")).isEqualTo("Olivia Grant");
    }

    @Test
    void onlyPlatformAdminsDeactivate() {
        District springfield = districts.bySlug("springfield").orElseThrow();
        SignedIn.as(springfield, "admin-subject", "Dana Admin", PortalRole.DISTRICT_ADMIN);
        assertThatThrownBy(() -> deactivation.deactivate("springfield", "No")).isInstanceOf(AccessDeniedException.class);
        SignedIn.asOperator(false);
        assertThatThrownBy(() -> deactivation.deactivate("springfield", "No")).isInstanceOf(AccessDeniedException.class);
        assertThat(districts.bySlug("springfield").orElseThrow().active()).isTrue();
        assertThat(platform.client().realm("springfield").toRepresentation().isEnabled()).isTrue();
    }

    private List<String> actions(District district) {
        return jdbc.queryForList("select action from audit_event where district_id = ? order by id", String.class,
                district.id());
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(OperatorRuleViolation.class)
                .extracting(e -> ((OperatorRuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
