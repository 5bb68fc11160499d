package org.policycommons.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jakarta.ws.rs.ForbiddenException;

import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.policycommons.identity.KeycloakProperties;
import org.policycommons.support.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The platform account in the real Keycloak: it creates a realm and manages that realm's users, reads and manages
 * the district realms' users, and is refused the master realm and the operators' realm.
 */
class PlatformAccountTest extends PortalIntegrationTest {

    @Autowired
    KeycloakProperties keycloak;

    @Test
    void itMayCreateRealmsAndManageDistrictUsersAndNothingElse() {
        try (Keycloak platform = KeycloakBuilder.builder().serverUrl(keycloakUrl()).realm("master")
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(keycloak.platformClientId())
                .clientSecret(keycloak.platformClientSecret()).build()) {
            assertThat(platform.realm("springfield").users().count()).isGreaterThanOrEqualTo(8);

            String name = "probe-" + UUID.randomUUID().toString().substring(0, 8);
            RealmRepresentation realm = new RealmRepresentation();
            realm.setRealm(name);
            realm.setEnabled(true);
            platform.realms().create(realm);
            try {
                // Keycloak made the creator an admin of the new realm; a fresh token carries it.
                platform.tokenManager().grantToken();
                UserRepresentation user = new UserRepresentation();
                user.setUsername("first-admin");
                user.setEnabled(true);
                platform.realm(name).users().create(user).close();
                assertThat(platform.realm(name).users().count()).isEqualTo(1);
            } finally {
                platform.realm(name).remove();
            }
            assertThat(platform.realms().findAll()).extracting(RealmRepresentation::getRealm).doesNotContain(name);

            UserRepresentation intruder = new UserRepresentation();
            intruder.setUsername("intruder");
            try (jakarta.ws.rs.core.Response refused = platform.realm("master").users().create(intruder)) {
                assertThat(refused.getStatus()).isEqualTo(403);
            }
            assertThatThrownBy(() -> platform.realm("policy-commons-operator").users().list())
                    .isInstanceOf(ForbiddenException.class);
            // On a district realm it did not create: its settings (to deactivate it) and users, not its clients.
            org.keycloak.representations.idm.ClientRepresentation client = new org.keycloak.representations.idm.ClientRepresentation();
            client.setClientId("intruding-client");
            try (jakarta.ws.rs.core.Response refused = platform.realm("springfield").clients().create(client)) {
                assertThat(refused.getStatus()).isEqualTo(403);
            }
            RealmRepresentation springfield = platform.realm("springfield").toRepresentation();
            platform.realm("springfield").update(springfield);
        }
    }
}
