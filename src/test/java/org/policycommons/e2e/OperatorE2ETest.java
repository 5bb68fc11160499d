package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A platform operator signs in through the operator realm, not a district's, and lists the districts with their
 * realms' health; a district's session does not open the operator pages, and an operator's does not open a
 * district's.
 */
class OperatorE2ETest extends BrowserTest {

    @Test
    void anOperatorListsTheDistrictsWithTheirRealms() {
        browser.open(portalUrl() + "/");
        browser.click(By.id("operator-sign-in"));
        browser.waitForUrlContaining("/realms/policy-commons-operator/protocol/openid-connect/auth");
        signInAsOperator("operator", DEMO_PASSWORD);
        browser.waitForText(By.id("operator-districts"), "Springfield Public Schools");
        String table = browser.find(By.id("operator-districts")).getText();
        // Each demo realm answers, takes sign-ins and lists its 9 demo users (Keycloak's own count).
        assertThat(table).contains("Riverside Unified School District", "/d/springfield", "America/Chicago")
                .containsPattern("Available 9\\b");
        assertThat(browser.find(By.id("signed-in-as")).getText()).contains("Olivia Grant");
        browser.assertAccessible("the operator's list of districts");

        // Signing out ends the operator realm's session too: the list asks for a sign-in again.
        signOut();
        browser.find(By.id("operator-sign-in"));
        browser.open(portalUrl() + "/operator");
        browser.waitForUrlContaining("/realms/policy-commons-operator/protocol/openid-connect/auth");
        signInAsOperator("operator", DEMO_PASSWORD);
        browser.waitForText(By.id("operator-districts"), "Springfield Public Schools");

        // The operator's session is no district's: a district page asks for that district's sign-in.
        browser.open(portalUrl() + "/d/springfield");
        browser.waitForUrlContaining("/realms/springfield/protocol/openid-connect/auth");
    }

    @Test
    void anOperatorCreatesADistrictWhoseInvitedAdminSignsIn() throws Exception {
        String slug = "e2e" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String email = "first.admin+" + slug + "@lakeside.example.org";
        try {
            browser.open(portalUrl() + "/operator");
            browser.waitForUrlContaining("/realms/policy-commons-operator/protocol/openid-connect/auth");
            signInAsOperator("operator", DEMO_PASSWORD);
            browser.find(By.id("operator-districts"));
            browser.click(By.id("new-district-link"));
            browser.find(By.id("new-district-page"));
            browser.type(By.cssSelector("#district-name-field input"), "Lakeside Unified");
            browser.type(By.cssSelector("#district-slug input"), "Lakeside!");
            browser.type(By.cssSelector("#district-enrolment input"), "4100");
            browser.type(By.cssSelector("#admin-email input"), email);
            browser.type(By.cssSelector("#admin-first-name input"), "Rosa");
            browser.type(By.cssSelector("#admin-last-name input"), "Park");
            browser.assertAccessible("the new district form");
            browser.click(By.id("create-district"));
            // Refused with a reason, and what was typed stays.
            browser.waitForText(By.id("form-error"), "lower-case letters");
            assertThat(browser.script("return document.querySelector('#district-name-field input').value"))
                    .isEqualTo("Lakeside Unified");
            browser.script("const f = document.querySelector('#district-slug input'); f.value = ''; "
                    + "f.dispatchEvent(new Event('input', {bubbles: true}));");
            browser.type(By.cssSelector("#district-slug input"), slug);
            browser.click(By.id("create-district"));
            browser.waitForText(By.id("operator-districts"), "Lakeside Unified");
            signOut();

            // The invited admin follows the email's link, sets a password, and signs in to the new district.
            browser.open(actionLinkTo(email));
            if (browser.waitForEither(By.id("password-new"), By.xpath("//a[contains(@href, 'login-actions')]")) == 1) {
                browser.click(By.xpath("//a[contains(@href, 'login-actions')]"));
            }
            String password = "Lakeside-first-admin-2037";
            browser.type(By.id("password-new"), password);
            browser.type(By.id("password-confirm"), password);
            browser.click(By.cssSelector("[type=submit]"));
            // Keycloak has taken the new password once its form is gone.
            browser.waitUntilAbsent(By.id("password-new"));
            browser.open(portalUrl() + "/d/" + slug + "?sign-in");
            if (browser.waitForEither(By.id("district-name"), By.id("username")) == 1) {
                signIn(email, password);
            }
            browser.waitForText(By.id("district-name"), "Lakeside Unified");
            assertThat(browser.find(By.id("signed-in-role")).getText()).contains("District administrator");
        } finally {
            removeDistrict(slug);
        }
    }

    @Autowired
    org.policycommons.support.MadeDistricts madeDistricts;

    private void removeDistrict(String slug) {
        madeDistricts.remove(slug);
    }

    /**
     * A deployment starts with no operator: the documented command makes the first one with a one-time password,
     * and their first sign-in makes them choose a password and set up an authenticator app before the list opens.
     */
    @Test
    void theFirstOperatorMadeByTheDocumentedCommandSetsUpASecondFactor() throws Exception {
        String email = "first.operator+" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@district.example.org";
        java.nio.file.Path keycloakHome;
        try (var homes = java.nio.file.Files.list(java.nio.file.Path.of("target", "test-data", "keycloak"))) {
            keycloakHome = homes.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst().orElseThrow();
        }
        ProcessBuilder command = new ProcessBuilder("bash", "docker/keycloak/create-operator.sh", email, "Ada", "Lovelace")
                .redirectErrorStream(true);
        command.environment().put("KEYCLOAK_HOME", keycloakHome.toAbsolutePath().toString());
        command.environment().put("KEYCLOAK_SERVER", keycloakUrl());
        command.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        command.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        command.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        java.util.regex.Matcher oneTime = java.util.regex.Pattern.compile("One-time password: (\\S+)").matcher(output);
        assertThat(oneTime.find()).as(output).isTrue();

        browser.open(portalUrl() + "/operator");
        browser.waitForUrlContaining("/realms/policy-commons-operator/protocol/openid-connect/auth");
        signIn(email, oneTime.group(1));
        // No way round the authenticator: its set-up comes before any page of the portal.
        browser.find(By.id("kc-totp-settings-form"));
        browser.open(portalUrl() + "/operator");
        browser.waitForEither(By.id("kc-totp-settings-form"), By.id("username"));
        assertThat(browser.isPresent(By.id("operator-districts"))).isFalse();
        if (browser.isPresent(By.id("username"))) {
            signIn(email, oneTime.group(1));
        }
        // Then Keycloak's required actions in its own order: the authenticator and a password of their own.
        String password = "Operator-own-password-2037";
        boolean authenticatorSetUp = false;
        for (int page = 0; page < 4 && !browser.isPresent(By.id("operator-districts")); page++) {
            int shown = browser.waitForEither(By.id("kc-totp-settings-form"), By.id("password-new"),
                    By.id("operator-districts"));
            if (shown == 0) {
                completeSecondFactor(browser, email);
                browser.waitUntilAbsent(By.id("kc-totp-settings-form"));
                authenticatorSetUp = true;
            } else if (shown == 1) {
                browser.type(By.id("password-new"), password);
                browser.type(By.id("password-confirm"), password);
                browser.click(By.cssSelector("[type=submit]"));
                browser.waitUntilAbsent(By.id("password-new"));
            }
        }
        assertThat(authenticatorSetUp).isTrue();
        browser.waitForText(By.id("signed-in-as"), "Ada Lovelace");

        // The next sign-in asks for a code from the app.
        signOut();
        browser.open(portalUrl() + "/operator");
        signIn(email, password);
        browser.find(By.id("otp"));
        completeSecondFactor(browser, email);
        browser.waitForText(By.id("signed-in-as"), "Ada Lovelace");
    }

    @Test
    void aDistrictSessionDoesNotOpenTheOperatorPages() {
        signInAt("/d/springfield", "district-admin");
        // Leave the district's page first, as a person typing the address into a new tab would: an open Vaadin page
        // whose session ends reloads itself, and a reload under way would cancel the navigation this test makes.
        browser.open("about:blank");
        browser.open(portalUrl() + "/operator");
        browser.waitForUrlContaining("/realms/policy-commons-operator/protocol/openid-connect/auth");
        assertThat(browser.isPresent(By.id("operator-districts"))).isFalse();
    }
}
