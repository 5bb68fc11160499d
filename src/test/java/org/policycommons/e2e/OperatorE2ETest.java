package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.support.BrowserTest;

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
        signIn("operator", DEMO_PASSWORD);
        browser.waitForText(By.id("operator-districts"), "Springfield Public Schools");
        String table = browser.find(By.id("operator-districts")).getText();
        // Each demo realm answers, takes sign-ins and lists its 8 demo users (Keycloak's own count).
        assertThat(table).contains("Riverside Unified School District", "/d/springfield", "America/Chicago")
                .containsPattern("Available 8\\b");
        assertThat(browser.find(By.id("signed-in-as")).getText()).contains("Olivia Grant");
        browser.assertAccessible("the operator's list of districts");

        // Signing out ends the operator realm's session too: the list asks for a sign-in again.
        browser.click(By.id("sign-out"));
        browser.waitForUrlContaining(portalUrl() + "/");
        browser.find(By.id("operator-sign-in"));
        browser.open(portalUrl() + "/operator");
        browser.waitForUrlContaining("/realms/policy-commons-operator/protocol/openid-connect/auth");
        signIn("operator", DEMO_PASSWORD);
        browser.waitForText(By.id("operator-districts"), "Springfield Public Schools");

        // The operator's session is no district's: a district page asks for that district's sign-in.
        browser.open(portalUrl() + "/d/springfield");
        browser.waitForUrlContaining("/realms/springfield/protocol/openid-connect/auth");
    }

    @Test
    void aDistrictSessionDoesNotOpenTheOperatorPages() {
        signInAt("/d/springfield", "district-admin");
        browser.open(portalUrl() + "/operator");
        browser.waitForUrlContaining("/realms/policy-commons-operator/protocol/openid-connect/auth");
        assertThat(browser.isPresent(By.id("operator-districts"))).isFalse();
    }
}
