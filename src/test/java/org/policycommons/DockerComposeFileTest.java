package org.policycommons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot run on the build machines; this keeps it parseable and wired as the README says. */
class DockerComposeFileTest {

    private final Map<String, Object> compose = load();

    @Test
    void definesMySqlKeycloakAndThePortal() {
        assertThat(services()).containsOnlyKeys("mysql", "keycloak", "portal");
        assertThat(service("mysql").get("image")).isEqualTo("mysql:8.4");
        assertThat((String) service("keycloak").get("image")).startsWith("quay.io/keycloak/keycloak:26.7");
        assertThat(service("portal").get("build")).isEqualTo(".");
        assertThat(Path.of("Dockerfile")).exists();
    }

    @Test
    void everyServiceHasAHealthCheckAndStartsAfterWhatItNeeds() {
        for (String name : List.of("mysql", "keycloak", "portal")) {
            assertThat(map(service(name), "healthcheck")).as("%s healthcheck", name).containsKey("test");
        }
        assertThat(map(service("keycloak"), "depends_on")).containsOnlyKeys("mysql");
        assertThat(map(service("portal"), "depends_on")).containsOnlyKeys("mysql", "keycloak");
        for (Object dependency : map(service("portal"), "depends_on").values()) {
            assertThat(((Map<?, ?>) dependency).get("condition")).isEqualTo("service_healthy");
        }
    }

    @Test
    void thePortalUsesMySqlAndKeycloakAndKeycloakHasItsOwnDatabase() {
        Map<String, Object> portal = map(service("portal"), "environment");
        assertThat((String) portal.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:mysql://mysql:3306/policycommons");
        assertThat((String) portal.get("PORTAL_KEYCLOAK_BACKCHANNEL_URL")).isEqualTo("http://keycloak:8080");
        assertThat(portal).containsKeys("PORTAL_KEYCLOAK_URL", "PORTAL_KEYCLOAK_CLIENT_SECRET", "PORTAL_PUBLIC_URL",
                "PORTAL_KEYCLOAK_PLATFORM_CLIENT_SECRET", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "SPRING_MAIL_USERNAME",
                "SPRING_MAIL_PASSWORD", "PORTAL_MAIL_FROM");
        // Languages added by files: the folder the portal reads is mounted from the host.
        assertThat((String) portal.get("PORTAL_LANGUAGES_DIR")).isEqualTo("/opt/policy-commons/languages");
        assertThat((List<?>) service("portal").get("volumes")).anySatisfy(volume -> assertThat(volume.toString())
                .isEqualTo("${LANGUAGES_DIR:-./docker/languages}:/opt/policy-commons/languages:ro"));
        assertThat(Path.of("docker/languages")).isDirectory();
        // Production unless the deployer asks for the demo.
        assertThat((String) portal.get("SPRING_PROFILES_ACTIVE")).isEqualTo("${SPRING_PROFILES_ACTIVE:-}");

        Map<String, Object> keycloak = map(service("keycloak"), "environment");
        assertThat(keycloak.get("KC_DB")).isEqualTo("mysql");
        assertThat((String) keycloak.get("KC_DB_URL")).isEqualTo("jdbc:mysql://mysql:3306/keycloak");
        assertThat(keycloak).containsKeys("PORTAL_URL", "PORTAL_CLIENT_SECRET");
        assertThat(service("keycloak").get("command").toString()).contains("--import-realm");
        assertThat((List<?>) service("keycloak").get("volumes")).anySatisfy(volume ->
                assertThat(volume.toString()).isEqualTo("${KEYCLOAK_REALMS_DIR:-./keycloak/realms}:/opt/keycloak/data/import:ro"));
        // No demo realm is imported by default: keycloak/realms holds the operators' realm alone, without users
        // (RealmFilesTest); the first operator comes from the script mounted here.
        assertThat(Path.of("keycloak/realms")).isDirectoryNotContaining("glob:**/{springfield,riverside}-realm.json");
        assertThat((List<?>) service("keycloak").get("volumes")).anySatisfy(volume ->
                assertThat(volume.toString()).isEqualTo("./docker/keycloak:/opt/policy-commons:ro"));
        assertThat(Path.of("docker/keycloak/create-operator.sh")).exists();
        assertThat(Path.of("docker/mysql-init/01-keycloak-database.sh")).exists();
    }

    @Test
    void dataLivesInNamedVolumes() {
        assertThat(map(compose, "volumes")).containsKeys("mysql-data", "portal-data");
        assertThat((List<?>) service("mysql").get("volumes")).anySatisfy(volume ->
                assertThat(volume.toString()).isEqualTo("mysql-data:/var/lib/mysql"));
    }

    private Map<String, Object> services() {
        return map(compose, "services");
    }

    private Map<String, Object> service(String name) {
        return map(services(), name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> load() {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
