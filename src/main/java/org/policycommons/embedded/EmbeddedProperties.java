package org.policycommons.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded defaults, used only when no database URL or Keycloak URL is configured.
 *
 * @param dataDir  where the embedded servers keep their data between runs (never under the temp dir)
 * @param database the embedded MariaDB
 * @param keycloak the embedded Keycloak
 */
@ConfigurationProperties("portal.embedded")
public record EmbeddedProperties(
        Path dataDir,
        @DefaultValue Database database,
        @DefaultValue Keycloak keycloak) {

    /**
     * @param port   TCP port on 127.0.0.1; 0 picks a free one
     * @param schema the database the portal uses
     */
    public record Database(@DefaultValue("0") int port, @DefaultValue("policycommons") String schema) {
    }

    /**
     * @param version           the Keycloak distribution fetched from Maven Central
     * @param httpPort          port of Keycloak's web endpoint on 127.0.0.1
     * @param managementPort    port of Keycloak's health endpoint on 127.0.0.1
     * @param realmsDir         realm files imported at start
     * @param adminUsername     bootstrap admin of Keycloak's master realm
     * @param adminPassword     its password; the embedded server listens on loopback only
     * @param freshData         forget every realm change at start (tests want a clean server)
     * @param startTimeoutSeconds how long to wait for Keycloak to report ready
     */
    public record Keycloak(
            @DefaultValue("26.7.3") String version,
            @DefaultValue("8180") int httpPort,
            @DefaultValue("9000") int managementPort,
            @DefaultValue("keycloak/realms") Path realmsDir,
            @DefaultValue("admin") String adminUsername,
            @DefaultValue("admin") String adminPassword,
            @DefaultValue("false") boolean freshData,
            @DefaultValue("240") int startTimeoutSeconds) {
    }
}
