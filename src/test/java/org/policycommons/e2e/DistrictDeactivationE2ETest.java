package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.identity.PortalRole;
import org.policycommons.operator.DistrictDeactivation;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.MadeDistricts;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deactivating a district, in Chromium: a person signed in to it is signed out at their next page, which says the
 * district is closed, without a sign-in; the first page no longer lists it; once reactivated, they sign in again.
 * And the operator does both from the list of districts.
 */
class DistrictDeactivationE2ETest extends BrowserTest {

    @Autowired
    DistrictDeactivation deactivation;
    @Autowired
    MadeDistricts madeDistricts;

    private final RealmUsers realmUsers = new RealmUsers();
    private String slug;

    @AfterEach
    void removeTheDistrict() {
        SignedIn.out();
        realmUsers.close();
        madeDistricts.removeAll();
    }

    @Test
    void aDeactivatedDistrictSignsEveryoneOutAndSaysItIsClosed() {
        createTheDistrict();
        String person = realmUsers.create(slug, "pat", "pat@" + slug + ".example.org", PortalRole.FAMILY, null);
        realmUsers.setPassword(slug, person, DEMO_PASSWORD);
        browser.open(keycloakUrl() + "/realms/" + slug + "/");
        browser.deleteCookies();
        signInAt("/d/" + slug, "pat");

        SignedIn.asOperator(true);
        deactivation.deactivate(slug, "Merged into Riverside");
        browser.open(portalUrl() + "/d/" + slug);
        browser.waitForText(By.id("district-closed-title"), "closed");
        assertThat(browser.currentUrl()).doesNotContain("openid-connect");
        assertThat(browser.isPresent(By.id("district-name"))).isFalse();
        browser.assertAccessible("a closed district's page");
        browser.open(portalUrl() + "/d/" + slug + "/people");
        browser.waitForText(By.id("district-closed-title"), "closed");
        browser.open(portalUrl() + "/");
        browser.waitForText(By.tagName("h1"), "Review your district");
        assertThat(browser.pageText()).doesNotContain("Closing Schools").contains("Springfield");

        deactivation.reactivate(slug);
        browser.open(portalUrl() + "/d/" + slug + "?sign-in");
        // Deactivating ended the Keycloak session too: a fresh sign-in.
        browser.waitForUrlContaining("/protocol/openid-connect/auth");
        signIn("pat", DEMO_PASSWORD);
        browser.waitForText(By.id("district-name"), "Closing Schools");
    }

    @Test
    void theOperatorDeactivatesAndReactivatesADistrictFromTheList() {
        createTheDistrict();
        browser.open(portalUrl() + "/operator");
        browser.waitForUrlContaining("/protocol/openid-connect/auth");
        signInAsOperator("operator", DEMO_PASSWORD);
        browser.find(By.id("operator-districts"));
        assertThat(row().getText()).contains("Active");

        browser.click(By.id("deactivation-district"));
        browser.click(By.xpath("//vaadin-select-item[contains(., '/d/" + slug + "')]"));
        browser.click(By.id("deactivate-district"));
        browser.waitForText(By.id("deactivation-error"), "Enter the reason");
        browser.type(By.cssSelector("#deactivation-reason textarea"), "The district merged with Riverside");
        browser.click(By.id("deactivate-district"));
        browser.waitForText(By.xpath(rowPath()), "Deactivated on");
        assertThat(row().getText()).contains("The district merged with Riverside");
        browser.assertAccessible("the list of districts with the deactivation form");

        browser.click(By.id("reactivate-district"));
        browser.waitForText(By.xpath(rowPath()), "Active");
        assertThat(row().getText()).doesNotContain("Deactivated on");
    }

    private void createTheDistrict() {
        slug = madeDistricts.create("Closing Schools").slug();
    }

    private String rowPath() {
        return "//table[@id='operator-districts']//tr[td[contains(., '/d/" + slug + "')]]";
    }

    private org.openqa.selenium.WebElement row() {
        return browser.find(By.xpath(rowPath()));
    }
}
