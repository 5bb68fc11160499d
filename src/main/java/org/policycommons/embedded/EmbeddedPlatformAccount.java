package org.policycommons.embedded;

import java.util.List;
import java.util.Map;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.KeycloakClients;
import org.policycommons.identity.KeycloakProperties;
import org.policycommons.identity.RealmMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the embedded Keycloak the portal's platform account: a confidential client in the {@code master} realm
 * whose service account may create realms (and is then granted admin of each realm it creates, by Keycloak itself)
 * and may read and manage the users of the district realms that already exist. Nothing else: it cannot manage the
 * master realm or any realm created by someone else. Lightweight access tokens keep its token small however many
 * realms it administers. Done with the embedded server's bootstrap admin, at every start, idempotently; at the same
 * time each district realm is given the portal's mail server, through which Keycloak sends the invitations a district
 * admin asks for (a realm imported from a file has none, and the configured server may have changed since).
 */
final class EmbeddedPlatformAccount {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPlatformAccount.class);
    /**
     * What the platform account may do in a district realm that it did not create: read it and manage its users (for
     * district admins' changes), and change its settings ({@code manage-realm}, to deactivate the district; Keycloak
     * lets that right delete the realm too). Not its clients, identity providers or events.
     */
    static final List<String> DISTRICT_REALM_RIGHTS = List.of("view-realm", "manage-realm", "view-users", "query-users",
            "manage-users");

    private EmbeddedPlatformAccount() {
    }

    static void ensure(String serverUrl, EmbeddedProperties.Keycloak settings, KeycloakProperties keycloak,
                       DistrictDirectory districts, RealmMail mail) {
        try (Keycloak admin = KeycloakClients.builder(serverUrl).realm("master")
                .grantType(OAuth2Constants.PASSWORD).clientId("admin-cli")
                .username(settings.adminUsername()).password(settings.adminPassword()).build()) {
            RealmResource master = admin.realm("master");
            List<ClientRepresentation> found = master.clients().findByClientId(keycloak.platformClientId());
            if (found.isEmpty()) {
                ClientRepresentation client = new ClientRepresentation();
                client.setClientId(keycloak.platformClientId());
                client.setName("Policy Commons platform");
                client.setSecret(keycloak.platformClientSecret());
                client.setPublicClient(false);
                client.setServiceAccountsEnabled(true);
                client.setStandardFlowEnabled(false);
                client.setDirectAccessGrantsEnabled(false);
                client.setAttributes(Map.of("client.use.lightweight.access.token.enabled", "true"));
                master.clients().create(client).close();
                found = master.clients().findByClientId(keycloak.platformClientId());
            }
            String clientUuid = found.getFirst().getId();
            // An existing client follows the configuration: its secret, and small tokens.
            ClientRepresentation current = master.clients().get(clientUuid).toRepresentation();
            current.setSecret(keycloak.platformClientSecret());
            Map<String, String> attributes = new java.util.HashMap<>(
                    current.getAttributes() == null ? Map.of() : current.getAttributes());
            attributes.put("client.use.lightweight.access.token.enabled", "true");
            current.setAttributes(attributes);
            master.clients().get(clientUuid).update(current);
            String account = master.clients().get(clientUuid).getServiceAccountUser().getId();
            RoleRepresentation createRealm = master.roles().get("create-realm").toRepresentation();
            master.users().get(account).roles().realmLevel().add(List.of(createRealm));
            for (District district : districts.all()) {
                if (district.keycloakRealm().equals("master") || district.keycloakRealm().equals(keycloak.operatorRealm())) {
                    continue; // never rights on Keycloak's own realm or the operators'
                }
                List<ClientRepresentation> realmClient = master.clients().findByClientId(district.keycloakRealm() + "-realm");
                if (realmClient.isEmpty()) {
                    continue; // the realm is not on this server
                }
                String realmClientUuid = realmClient.getFirst().getId();
                List<RoleRepresentation> rights = DISTRICT_REALM_RIGHTS.stream()
                        .map(r -> master.clients().get(realmClientUuid).roles().get(r).toRepresentation()).toList();
                master.users().get(account).roles().clientLevel(realmClientUuid).add(rights);
                mail.smtpServer().ifPresent(smtp -> {
                    RealmResource realm = admin.realm(district.keycloakRealm());
                    RealmRepresentation realmSettings = realm.toRepresentation();
                    if (!smtp.equals(realmSettings.getSmtpServer())) {
                        realmSettings.setSmtpServer(smtp);
                        realm.update(realmSettings);
                    }
                });
            }
            log.info("Platform account {} ready in the embedded Keycloak", keycloak.platformClientId());
        }
    }
}
