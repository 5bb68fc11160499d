package org.policycommons.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policycommons.PolicyCommonsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/**
 * A deployment with its own Keycloak or database never starts on a secret everyone can read in this repository, or
 * on none; the embedded defaults and the demo profile do.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnsafeSecretsTest {

    private static final String STRONG = "a-secret-of-this-deployment-0123456789";

    @Test
    void theApplicationRefusesToStartOnTheDemoSecretsAgainstItsOwnKeycloak(CapturedOutput output) {
        SpringApplicationBuilder portal = new SpringApplicationBuilder(PolicyCommonsApplication.class);
        // As a deployer gives them (command line or environment). Nothing listens at these addresses: the refusal
        // must come before anything is reached.
        String[] settings = {
                "--server.port=0",
                "--portal.keycloak.url=http://127.0.0.1:9",
                "--spring.datasource.url=jdbc:mariadb://127.0.0.1:9/policycommons",
                "--spring.datasource.password=" + STRONG,
                "--portal.keycloak.platform-client-secret=change-me-platform"};
        assertThatThrownBy(() -> portal.run(settings).close())
                .hasMessageContaining("PORTAL_KEYCLOAK_CLIENT_SECRET")
                .hasMessageContaining("PORTAL_KEYCLOAK_PLATFORM_CLIENT_SECRET");
        assertThat(output.getOut()).containsPattern(
                "ERROR .*Refusing to start: PORTAL_KEYCLOAK_CLIENT_SECRET \\(portal.keycloak.client-secret\\) has a "
                        + "value published in this repository")
                .contains("Refusing to start: PORTAL_KEYCLOAK_PLATFORM_CLIENT_SECRET")
                .contains("APPLICATION FAILED TO START")
                // The report says what to do; no stack trace of the refusal.
                .doesNotContain("at org.policycommons.embedded.SecretsCheck");
    }

    @Test
    void eachSecretOfAConfiguredServerMustBeSetLongAndUnpublished() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("portal.keycloak.url", "https://id.district.example")
                .withProperty("portal.keycloak.client-secret", "short")
                .withProperty("spring.datasource.url", "jdbc:mysql://db/policycommons")
                .withProperty("spring.datasource.password", "")
                .withProperty("spring.mail.password", "change-me-smtp");
        assertThat(UnsafeSecrets.of(production)).extracting(UnsafeSecrets.Refusal::variable, UnsafeSecrets.Refusal::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PORTAL_KEYCLOAK_CLIENT_SECRET", "is shorter than 16 characters"),
                        org.assertj.core.groups.Tuple.tuple("PORTAL_KEYCLOAK_PLATFORM_CLIENT_SECRET", "is not set"),
                        org.assertj.core.groups.Tuple.tuple("SPRING_DATASOURCE_PASSWORD", "is not set"),
                        org.assertj.core.groups.Tuple.tuple("SPRING_MAIL_PASSWORD", "has a value published in this repository"));

        production.setProperty("portal.keycloak.client-secret", STRONG);
        production.setProperty("portal.keycloak.platform-client-secret", STRONG + "-platform");
        production.setProperty("spring.datasource.password", STRONG + "-db");
        production.setProperty("spring.mail.password", STRONG + "-mail");
        assertThat(UnsafeSecrets.of(production)).isEmpty();
    }

    @Test
    void aBuildWithoutTheEmbeddedDatabaseNeedsADatabaseUrl() {
        assertThat(UnsafeSecrets.of(new MockEnvironment(), false)).singleElement().satisfies(refusal -> {
            assertThat(refusal.variable()).isEqualTo("SPRING_DATASOURCE_URL");
            assertThat(refusal.message()).contains("no embedded database", "MySQL 8.4");
        });
        assertThat(UnsafeSecrets.of(new MockEnvironment(), true)).isEmpty();
    }

    @Test
    void theEmbeddedDefaultsAndTheDemoProfileKeepTheDemoSecrets() {
        // No Keycloak or database URL: the portal runs both itself, on loopback.
        assertThat(UnsafeSecrets.of(new MockEnvironment()
                .withProperty("portal.keycloak.client-secret", "demo-only-portal-secret"))).isEmpty();
        MockEnvironment demo = new MockEnvironment()
                .withProperty("portal.keycloak.url", "http://localhost:8180")
                .withProperty("portal.keycloak.client-secret", "demo-only-portal-secret");
        assertThat(UnsafeSecrets.of(demo)).isNotEmpty();
        demo.setActiveProfiles("demo");
        assertThat(UnsafeSecrets.of(demo)).isEmpty();
    }
}
