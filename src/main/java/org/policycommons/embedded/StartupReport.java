package org.policycommons.embedded;

import javax.sql.DataSource;

import org.policycommons.identity.KeycloakServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/** Says, once the portal is ready, which defaults it used and where to sign in. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;
    private final ObjectProvider<EmbeddedKeycloak> embeddedKeycloak;
    private final DataSource dataSource;
    private final KeycloakServer keycloak;
    private final EmbeddedProperties embedded;
    private final String publicUrl;

    StartupReport(ObjectProvider<EmbeddedDatabase> embeddedDatabase, ObjectProvider<EmbeddedKeycloak> embeddedKeycloak,
                  DataSource dataSource, KeycloakServer keycloak, EmbeddedProperties embedded,
                  @Value("${portal.public-url}") String publicUrl) {
        this.embeddedDatabase = embeddedDatabase;
        this.embeddedKeycloak = embeddedKeycloak;
        this.dataSource = dataSource;
        this.keycloak = keycloak;
        this.embedded = embedded;
        this.publicUrl = publicUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        EmbeddedDatabase database = embeddedDatabase.getIfAvailable();
        String databaseLine = database != null
                ? "embedded MariaDB (default: no SPRING_DATASOURCE_URL set) at " + database.jdbcUrl()
                  + ", data in " + embedded.dataDir().resolve("mariadb").toAbsolutePath()
                : "configured database " + configuredUrl();
        EmbeddedKeycloak kc = embeddedKeycloak.getIfAvailable();
        String keycloakLine = kc != null
                ? "embedded Keycloak " + embedded.keycloak().version() + " (default: no PORTAL_KEYCLOAK_URL set) at "
                  + kc.baseUrl() + ", realms imported from " + embedded.keycloak().realmsDir() + " " + kc.realmFiles()
                  + "; admin console " + kc.baseUrl() + "/admin (" + embedded.keycloak().adminUsername() + ")"
                : "configured Keycloak at " + keycloak.baseUrl();
        log.info("""

                ==== Policy Commons is ready ====
                  Sign in:  {}  (pick a district; demo users are listed in README.md)
                  Database: {}
                  Identity: {}
                """, publicUrl, databaseLine, keycloakLine);
    }

    private String configuredUrl() {
        return dataSource instanceof HikariDataSource hikari ? hikari.getJdbcUrl() : dataSource.getClass().getSimpleName();
    }
}
