package org.policycommons.embedded;

import java.util.Map;

import org.policycommons.common.ConditionalOnBlankProperty;
import org.policycommons.identity.KeycloakProperties;
import org.policycommons.identity.KeycloakServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code portal.keycloak.url}, the portal runs Keycloak itself. The server starts while the rest of the
 * portal starts, and the portal is not ready until Keycloak is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBlankProperty("portal.keycloak.url")
class EmbeddedKeycloakConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedKeycloak embeddedKeycloak(EmbeddedProperties properties, KeycloakProperties keycloak,
                                      @Value("${portal.public-url}") String publicUrl) {
        // The realm files take these from the environment, as a Keycloak in docker-compose does.
        Map<String, String> realmVariables = Map.of(
                "PORTAL_URL", publicUrl.replaceAll("/+$", ""),
                "PORTAL_CLIENT_SECRET", keycloak.clientSecret());
        return EmbeddedKeycloak.launch(properties.keycloak(), properties.dataDir().resolve("keycloak"), realmVariables);
    }

    @Bean
    KeycloakServer keycloakServer(EmbeddedKeycloak keycloak) {
        return keycloak::baseUrl;
    }

    @Bean
    ApplicationRunner awaitEmbeddedKeycloak(EmbeddedKeycloak keycloak, EmbeddedProperties properties,
                                            KeycloakProperties settings,
                                            org.policycommons.district.DistrictDirectory districts,
                                            org.policycommons.identity.RealmMail mail) {
        return args -> {
            keycloak.awaitReady();
            EmbeddedPlatformAccount.ensure(keycloak.baseUrl(), properties.keycloak(), settings, districts, mail);
        };
    }
}
