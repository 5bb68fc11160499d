package org.policycommons.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.policycommons.identity.PortalRole;

/**
 * Test users made in the running Keycloak as its master admin would, and removed again by {@link #close()}, so that
 * a test can reach people who exist only in the realm.
 */
public final class RealmUsers implements AutoCloseable {

    private final Keycloak admin = KeycloakBuilder.builder()
            .serverUrl(PortalIntegrationTest.keycloakUrl())
            .realm("master").clientId("admin-cli").username("admin").password("admin")
            .build();
    private final List<String[]> made = new ArrayList<>();
    private final List<String[]> byEmail = new ArrayList<>();

    /** Makes an enabled user with this email, realm role and, if not null, Keycloak locale; returns its subject. */
    public String create(String realm, String username, String email, PortalRole role, String locale) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Test");
        user.setLastName(username);
        if (locale != null) {
            user.setAttributes(Map.of("locale", List.of(locale)));
        }
        RealmResource resource = admin.realm(realm);
        String id;
        try (Response response = resource.users().create(user)) {
            id = CreatedResponseUtil.getCreatedId(response);
        }
        made.add(new String[] {realm, id});
        RoleRepresentation realmRole = resource.roles().get(role.realmRole()).toRepresentation();
        resource.users().get(id).roles().realmLevel().add(List.of(realmRole));
        return id;
    }

    /** Has the user the portal will make with this address (e.g. by an invitation) removed at {@link #close()}. */
    public String removeLater(String realm, String email) {
        byEmail.add(new String[] {realm, email});
        return email;
    }

    /** The subject (Keycloak id) of an existing user, e.g. a demo user. */
    public String subjectOf(String realm, String username) {
        return admin.realm(realm).users().searchByUsername(username, true).getFirst().getId();
    }

    /** Points the realm's mail settings at another port of the same host, e.g. a closed one to make sending fail. */
    public void setSmtpPort(String realm, int port) {
        org.keycloak.representations.idm.RealmRepresentation settings = admin.realm(realm).toRepresentation();
        Map<String, String> smtp = new java.util.HashMap<>(settings.getSmtpServer());
        smtp.put("port", String.valueOf(port));
        settings.setSmtpServer(smtp);
        admin.realm(realm).update(settings);
    }

    /** Disables or enables an existing user, e.g. the demo district's second admin for a while. */
    public void setEnabled(String realm, String username, boolean enabled) {
        var user = admin.realm(realm).users().get(subjectOf(realm, username));
        org.keycloak.representations.idm.UserRepresentation representation = user.toRepresentation();
        representation.setEnabled(enabled);
        user.update(representation);
    }

    /** Gives the user a password, so that a browser can sign in as them. */
    public void setPassword(String realm, String id, String password) {
        org.keycloak.representations.idm.CredentialRepresentation credential =
                new org.keycloak.representations.idm.CredentialRepresentation();
        credential.setType(org.keycloak.representations.idm.CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        admin.realm(realm).users().get(id).resetPassword(credential);
    }

    /** The realm's management rights held by the portal's service account, e.g. {@code view-users}. */
    public RealmRights serviceAccountRights(String realm) {
        return new RealmRights(admin.realm(realm));
    }

    @Override
    public void close() {
        made.forEach(user -> admin.realm(user[0]).users().delete(user[1]).close());
        byEmail.forEach(user -> admin.realm(user[0]).users().searchByEmail(user[1], true)
                .forEach(found -> admin.realm(user[0]).users().delete(found.getId()).close()));
        admin.close();
    }

    /** Takes a right away from the portal's service account and gives it back, to make Keycloak refuse it. */
    public static final class RealmRights {

        private final RealmResource realm;

        RealmRights(RealmResource realm) {
            this.realm = realm;
        }

        public void revoke(String right) {
            serviceAccount().roles().clientLevel(managementClientId()).remove(List.of(role(right)));
        }

        public void grant(String right) {
            serviceAccount().roles().clientLevel(managementClientId()).add(List.of(role(right)));
        }

        private org.keycloak.admin.client.resource.UserResource serviceAccount() {
            String clientId = realm.clients().findByClientId("policy-commons").getFirst().getId();
            return realm.users().get(realm.clients().get(clientId).getServiceAccountUser().getId());
        }

        private String managementClientId() {
            return realm.clients().findByClientId("realm-management").getFirst().getId();
        }

        private RoleRepresentation role(String right) {
            return realm.clients().get(managementClientId()).roles().get(right).toRepresentation();
        }
    }
}
