package org.policycommons.identity;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The Keycloak admin client signed in as the portal's platform account in the {@code master} realm (client
 * credentials): it may create realms and manage the users of district realms, nothing more (docs/decisions/012).
 * Only the operators' services use it.
 */
@Component
public class PlatformKeycloak implements DisposableBean {

    private final KeycloakServer server;
    private final KeycloakProperties properties;
    private volatile Keycloak client;

    /** Public for tests that reach Keycloak another way (e.g. through a connection they can cut). */
    public PlatformKeycloak(KeycloakServer server, KeycloakProperties properties) {
        this.server = server;
        this.properties = properties;
    }

    public Keycloak client() {
        Keycloak current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = KeycloakClients.builder(server.backchannelUrl()).realm("master")
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(properties.platformClientId())
                            .clientSecret(properties.platformClientSecret()).build();
                }
                current = client;
            }
        }
        return current;
    }

    @Override
    public void destroy() {
        if (client != null) {
            client.close();
        }
    }
}
