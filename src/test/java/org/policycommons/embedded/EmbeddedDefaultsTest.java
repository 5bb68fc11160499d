package org.policycommons.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policycommons.common.ConditionalOnBlankProperty;
import org.policycommons.common.ConditionalOnNonBlankProperty;
import org.policycommons.identity.KeycloakServer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded servers start only when nothing is configured; a configured URL always wins. */
class EmbeddedDefaultsTest {

    private final ApplicationContextRunner portal = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class, EmbeddedKeycloakConfiguration.class, Settings.class);

    @Test
    void aConfiguredDatabaseAndKeycloakStartNothingEmbedded() {
        portal.withPropertyValues(
                        "spring.datasource.url=jdbc:mysql://db.example.org:3306/policycommons",
                        "portal.keycloak.url=https://login.example.org",
                        "portal.public-url=https://portal.example.org")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedMariaDb.class);
                    assertThat(context).doesNotHaveBean(EmbeddedKeycloak.class);
                    assertThat(context).doesNotHaveBean(KeycloakServer.class);
                });
    }

    @Test
    void unsetAndBlankBothMeanEmbedded() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Markers.class);
        runner.run(context -> assertThat(context).hasBean("embedded").doesNotHaveBean("configured"));
        runner.withPropertyValues("some.url=  ")
                .run(context -> assertThat(context).hasBean("embedded").doesNotHaveBean("configured"));
        runner.withPropertyValues("some.url=jdbc:mariadb://127.0.0.1/x")
                .run(context -> assertThat(context).hasBean("configured").doesNotHaveBean("embedded"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({EmbeddedProperties.class, org.policycommons.identity.KeycloakProperties.class})
    static class Settings {
    }

    @Configuration(proxyBeanMethods = false)
    static class Markers {

        @Bean
        @ConditionalOnBlankProperty("some.url")
        String embedded() {
            return "embedded";
        }

        @Bean
        @ConditionalOnNonBlankProperty("some.url")
        String configured() {
            return "configured";
        }
    }
}
