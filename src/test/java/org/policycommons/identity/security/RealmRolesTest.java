package org.policycommons.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policycommons.identity.PortalRole;

/** The realm roles in the ID token become the portal's roles; anything else in the claim is ignored. */
class RealmRolesTest {

    @Test
    void knownRealmRolesBecomePortalRoles() {
        assertThat(PortalOidcUserService.rolesOf(Map.of("roles", List.of("civil_rights", "board"))))
                .containsExactlyInAnyOrder(PortalRole.CIVIL_RIGHTS, PortalRole.BOARD);
    }

    @Test
    void keycloaksOwnRolesAndUnknownNamesGiveNothing() {
        assertThat(PortalOidcUserService.rolesOf(Map.of("roles",
                List.of("offline_access", "uma_authorization", "default-roles-springfield", "FAMILY", "admin"))))
                .isEmpty();
    }

    @Test
    void aTokenWithoutTheClaimHasNoRole() {
        assertThat(PortalOidcUserService.rolesOf(Map.of())).isEmpty();
        assertThat(PortalOidcUserService.rolesOf(Map.of("roles", "family"))).isEmpty();
    }

    @Test
    void eachRoleMapsToItsSpringAuthority() {
        assertThat(PortalRole.DISTRICT_ADMIN.authority()).isEqualTo("ROLE_district_admin");
        assertThat(PortalRole.fromRealmRole("moderator")).contains(PortalRole.MODERATOR);
    }
}
