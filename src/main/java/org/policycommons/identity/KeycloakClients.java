package org.policycommons.identity;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * Every admin-client call to Keycloak goes through a connection with timeouts, so a Keycloak that does not answer
 * makes a page say so within seconds instead of holding a thread forever.
 */
public final class KeycloakClients {

    /** How long to wait for a connection to Keycloak. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** How long to wait for Keycloak's answer once connected (creating a realm takes up to about 3 s on MariaDB). */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private KeycloakClients() {
    }

    /** An admin-client builder for this server whose HTTP client gives up after the timeouts above. */
    public static KeycloakBuilder builder(String serverUrl) {
        return KeycloakBuilder.builder().serverUrl(serverUrl).resteasyClient(new ResteasyClientBuilderImpl()
                .connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .connectionPoolSize(20)
                .build());
    }
}
