package org.policycommons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policycommons.identity.PortalRole;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * keycloak/realm-template.json defines what every district realm has; the demo realms are made from it and differ
 * only in their name and their demo users, one per role.
 */
class RealmFilesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path TEMPLATE = Path.of("keycloak/realm-template.json");
    private static final Map<String, String> DEMO_DISTRICTS = Map.of(
            "springfield", "Springfield Public Schools",
            "riverside", "Riverside Unified School District");

    @Test
    void theTemplateDefinesEveryPortalRoleTheClientAndTheSafetySettings() throws IOException {
        JsonNode template = JSON.readTree(TEMPLATE.toFile());
        List<String> roles = new ArrayList<>();
        template.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asString()));
        assertThat(roles).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(PortalRole.values()).map(PortalRole::realmRole).toList());

        assertThat(template.path("bruteForceProtected").asBoolean()).isTrue();
        // No "forgot password" link until the realm can send mail (it would fail in front of the user).
        assertThat(template.path("resetPasswordAllowed").asBoolean()).isFalse();
        assertThat(template.path("registrationAllowed").asBoolean()).isFalse();
        assertThat(template.path("passwordPolicy").asString()).contains("length(12)");
        assertThat(template.path("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(template.path("supportedLocales").toString()).contains("\"en\"", "\"es\"");

        JsonNode client = template.path("clients").get(0);
        assertThat(client.path("clientId").asString()).isEqualTo("policy-commons");
        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(client.path("redirectUris").toString()).contains("${PORTAL_URL}/login/oauth2/code/*");
        JsonNode mapper = client.path("protocolMappers").get(0);
        assertThat(mapper.path("protocolMapper").asString()).isEqualTo("oidc-usermodel-realm-role-mapper");
        assertThat(mapper.path("config").path("claim.name").asString()).isEqualTo("roles");
        assertThat(mapper.path("config").path("id.token.claim").asString()).isEqualTo("true");

        // The portal reads the realm's users for notices, and may do nothing more.
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        JsonNode serviceAccount = template.path("users").get(0);
        assertThat(serviceAccount.path("serviceAccountClientId").asString()).isEqualTo("policy-commons");
        assertThat(serviceAccount.path("realmRoles").isMissingNode()).isTrue();
        List<String> rights = new ArrayList<>();
        serviceAccount.path("clientRoles").properties().forEach(entry -> entry.getValue()
                .forEach(right -> rights.add(entry.getKey() + ":" + right.asString())));
        assertThat(rights).containsExactlyInAnyOrder("realm-management:view-users", "realm-management:view-realm");
    }

    @Test
    void theOperatorRealmHasOnlyThePlatformAdminRoleAndThePortalsClient() throws IOException {
        JsonNode realm = JSON.readTree(Path.of("keycloak/demo-realms/policy-commons-operator-realm.json").toFile());
        assertThat(realm.path("realm").asString()).isEqualTo("policy-commons-operator");
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asString()));
        assertThat(roles).containsExactly("platform_admin");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("registrationAllowed").asBoolean()).isFalse();
        assertThat(realm.path("passwordPolicy").asString()).contains("length(12)");
        JsonNode client = realm.path("clients").get(0);
        assertThat(client.path("clientId").asString()).isEqualTo("policy-commons");
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).as("the portal needs no account here").isFalse();
        assertThat(client.path("redirectUris").toString()).contains("${PORTAL_URL}/login/oauth2/code/*");
        assertThat(client.path("protocolMappers").get(0).path("config").path("claim.name").asString()).isEqualTo("roles");
        assertThat(realm.path("users")).hasSize(1);
        assertThat(realm.path("users").get(0).path("realmRoles").toString()).isEqualTo("[\"platform_admin\"]");
        // An operator can create and close districts: a password alone is not enough.
        assertThat(realm.path("users").get(0).path("requiredActions").toString()).isEqualTo("[\"CONFIGURE_TOTP\"]");
        assertThat(realm.path("otpPolicyType").asString()).isEqualTo("totp");
    }

    @Test
    void theRealmsADeploymentImportsByDefaultHoldNoUserAndNoDemoDistrict() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("keycloak/realms"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("policy-commons-operator-realm.json");
        }
        ObjectNode production = (ObjectNode) JSON.readTree(Path.of("keycloak/realms/policy-commons-operator-realm.json").toFile());
        assertThat(production.has("users")).isFalse();
        ObjectNode demo = (ObjectNode) JSON.readTree(Path.of("keycloak/demo-realms/policy-commons-operator-realm.json").toFile());
        demo.remove("users");
        assertThat(production).as("the operator realm, demo operator aside").isEqualTo(demo);
    }

    @Test
    void eachDemoRealmIsTheTemplatePlusItsDemoUsers() throws IOException {
        String template = Files.readString(TEMPLATE);
        try (Stream<Path> files = Files.list(Path.of("keycloak/demo-realms"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("springfield-realm.json", "riverside-realm.json", "policy-commons-operator-realm.json");
        }
        for (Map.Entry<String, String> district : DEMO_DISTRICTS.entrySet()) {
            JsonNode expected = JSON.readTree(template
                    .replace("{{realm}}", district.getKey())
                    .replace("{{displayName}}", district.getValue()));
            ObjectNode realm = (ObjectNode) JSON.readTree(Path.of("keycloak/demo-realms", district.getKey() + "-realm.json").toFile());
            JsonNode users = realm.remove("users");
            JsonNode templateUsers = ((ObjectNode) expected).remove("users");
            assertThat(realm).as("realm %s without its users", district.getKey()).isEqualTo(expected);
            for (int i = 0; i < templateUsers.size(); i++) {
                assertThat(users.get(i)).as("template user %d of realm %s", i, district.getKey())
                        .isEqualTo(templateUsers.get(i));
            }
        }
    }

    @Test
    void eachDemoRealmHasAUsableDemoUserForEveryRole() throws IOException {
        for (String district : DEMO_DISTRICTS.keySet()) {
            JsonNode users = JSON.readTree(Path.of("keycloak/demo-realms", district + "-realm.json").toFile()).path("users");
            List<String> roles = new ArrayList<>();
            for (JsonNode user : users) {
                if (user.has("serviceAccountClientId")) {
                    continue;
                }
                user.path("realmRoles").forEach(role -> roles.add(role.asString()));
                // Keycloak refuses a sign-in with "Account is not fully set up" without these.
                assertThat(user.path("firstName").asString()).isNotBlank();
                assertThat(user.path("lastName").asString()).isNotBlank();
                assertThat(user.path("email").asString()).endsWith(".example.org");
                assertThat(user.path("credentials").get(0).path("value").asString()).isEqualTo("demo-only-password");
            }
            assertThat(roles.stream().distinct().toList()).as("roles of %s's demo users", district)
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(PortalRole.values()).map(PortalRole::realmRole).toList());
            // Two admins: revealing a student takes one to ask and another to approve.
            assertThat(roles).filteredOn(PortalRole.DISTRICT_ADMIN.realmRole()::equals).hasSize(2);
        }
    }
}
