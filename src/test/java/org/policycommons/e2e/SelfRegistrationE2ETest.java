package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.policycommons.district.District;
import org.policycommons.identity.PortalRole;
import org.policycommons.member.SelfRegistration;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.MadeDistricts;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Self-registration in Chromium, in a district made for the test: its admin opens sign-up on the People page; a
 * teacher registers on Keycloak's form claiming to be an educator, confirms the address from the email, and takes
 * part as a family member while the claim waits, as their home page says; the admin approves it from the queue, and
 * at the teacher's next page they are an educator.
 */
class SelfRegistrationE2ETest extends BrowserTest {

    @Autowired
    SelfRegistration registration;
    @Autowired
    MadeDistricts madeDistricts;

    private final RealmUsers realmUsers = new RealmUsers();

    @AfterEach
    void removeTheDistrict() {
        SignedIn.out();
        realmUsers.close();
        madeDistricts.removeAll();
    }

    @Test
    void aTeacherRegistersWaitsAsAFamilyMemberAndIsApproved() throws Exception {
        District district = madeDistricts.create("Open Door Schools");
        String slug = district.slug();
        String admin = realmUsers.create(slug, "door-admin", "door-admin@" + slug + ".example.org",
                PortalRole.DISTRICT_ADMIN, null);
        realmUsers.setPassword(slug, admin, DEMO_PASSWORD);

        // The admin opens sign-up.
        browser.open(keycloakUrl() + "/realms/" + slug + "/");
        browser.deleteCookies();
        signInAt("/d/" + slug + "/people", "door-admin");
        browser.waitForText(By.tagName("h1"), "People");
        browser.waitForText(By.id("claims"), "Nobody is waiting");
        browser.click(By.id("signup-open"));
        browser.click(By.id("signup-save"));
        browser.waitForText(By.tagName("vaadin-notification-card"), "Sign-up is open");
        browser.assertAccessible("the people page with sign-up and the queue");
        browser.deleteCookies();
        browser.open(keycloakUrl() + "/realms/" + slug + "/");
        browser.deleteCookies();

        // A teacher registers, claiming to be an educator.
        String email = "teacher@" + slug + ".example.org";
        // From the district's public home: "Create an account" opens Keycloak's registration form at once.
        browser.open(portalUrl() + "/public/" + slug);
        browser.click(By.id("sign-up"));
        browser.waitForUrlContaining("/protocol/openid-connect/registrations");
        browser.type(By.id("username"), "teacher");
        browser.type(By.id("email"), email);
        browser.type(By.id("firstName"), "Terry");
        browser.type(By.id("lastName"), "Teacher");
        new Select(browser.find(By.id("requested_role"))).selectByValue("educator");
        browser.click(By.cssSelector("[type=submit]"));
        // Keycloak checks the address first (with an email check on, it asks for the password only afterwards).
        browser.open(actionLinkTo(email));
        if (browser.waitForEither(By.id("password-new"), By.xpath("//a[contains(@href, 'login-actions')]")) == 1) {
            browser.click(By.xpath("//a[contains(@href, 'login-actions')]"));
        }
        browser.type(By.id("password-new"), "Open-door-2037");
        browser.type(By.id("password-confirm"), "Open-door-2037");
        browser.click(By.cssSelector("[type=submit]"));
        browser.waitForText(By.id("district-name"), "Open Door Schools");
        assertThat(browser.currentUrl()).as("reloading the page later must not ask for a sign-up again")
                .endsWith("/d/" + slug);
        assertThat(browser.find(By.id("signed-in-role")).getText()).contains("Family");
        browser.waitForText(By.id("own-claim"), "Educator");
        assertThat(browser.find(By.id("own-claim")).getText()).contains("as a family member");
        browser.assertAccessible("a waiting claimant's home page");

        // The admin approves the claim; at the teacher's next page, they are an educator.
        SignedIn.as(district, admin, "Door Admin", PortalRole.DISTRICT_ADMIN);
        SelfRegistration.Claim claim = registration.pending().getFirst();
        assertThat(claim.name()).isEqualTo("Terry Teacher");
        registration.approve(claim.memberId(), null);
        // Their next click, on the page still open: its session is over, the page loads again and signs in again
        // (silently: Keycloak's session lasts), with the new role, never landing on the public home.
        browser.click(By.id("language-en"));
        browser.waitForText(By.id("signed-in-role"), "Educator");
        assertThat(browser.currentUrl()).doesNotContain("/public/");
        assertThat(browser.isPresent(By.id("own-claim"))).isFalse();
    }
}
