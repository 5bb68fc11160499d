package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.policycommons.support.Browser;
import org.policycommons.support.BrowserTest;

/**
 * A person signs in through their district's Keycloak login page, in real Chromium, against the running portal and
 * the real Keycloak with the demo realms. Every portal page visited is scanned with axe-core.
 */
class SignInE2ETest extends BrowserTest {

    @Test
    void aFamilyMemberSignsInSeesHerDistrictInSpanishAndSigningOutEndsHerKeycloakSessionToo() {
        browser.open(portalUrl() + "/");
        browser.find(By.id("districts"));
        browser.assertAccessible("the district list");

        // A visitor reads the district's public home first, and signs in from there to take part.
        browser.click(By.id("district-springfield"));
        browser.waitForUrlContaining(portalUrl() + "/public/springfield");
        browser.click(By.id("sign-in"));
        browser.waitForUrlContaining("/realms/springfield/protocol/openid-connect/auth");
        browser.find(By.id("password"));
        browser.assertAccessible("the Keycloak sign-in page");
        signIn("family", DEMO_PASSWORD);

        browser.waitForUrlContaining(portalUrl() + "/d/springfield");
        browser.waitForText(By.id("district-name"), "Springfield Public Schools");
        assertThat(browser.find(By.id("signed-in-as")).getText()).isEqualTo("Signed in as Maria Lopez");
        assertThat(browser.find(By.id("signed-in-role")).getText()).isEqualTo("Role: Family");
        assertThat(browser.find(By.id("capabilities")).getText()).contains("Comment on each clause");
        browser.assertAccessible("the district home page");

        browser.click(By.id("language-es"));
        browser.waitForText(By.id("signed-in-role"), "Rol: Familia");
        assertThat(browser.pageText()).contains("Lo que puede hacer aquí", "Cerrar sesión");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("es");
        browser.assertAccessible("the district home page in Spanish");

        signOut();
        browser.find(By.id("districts"));

        // Keycloak's own session is gone: the district asks for the password again.
        browser.open(portalUrl() + "/d/springfield?sign-in");
        browser.waitForUrlContaining("/realms/springfield/protocol/openid-connect/auth");
        assertThat(browser.find(By.id("password")).isDisplayed()).isTrue();
        assertThat(browser.isPresent(By.id("district-name"))).isFalse();
    }

    @Test
    void aSessionOfOneDistrictIsSentToTheOtherDistrictsSignInAndNeverSeesItsPages() {
        browser.open(portalUrl() + "/d/springfield?sign-in");
        signIn("educator", DEMO_PASSWORD);
        browser.waitForText(By.id("district-name"), "Springfield Public Schools");

        browser.open(portalUrl() + "/d/riverside?sign-in");
        browser.waitForUrlContaining("/realms/riverside/protocol/openid-connect/auth");
        assertThat(browser.find(By.id("password")).isDisplayed()).isTrue();
        assertThat(browser.isPresent(By.id("district-name"))).isFalse();
        assertThat(browser.isPresent(By.id("signed-in-as"))).isFalse();

        // The Springfield session is untouched and still only shows Springfield.
        browser.open(portalUrl() + "/d/springfield?sign-in");
        browser.waitForText(By.id("district-name"), "Springfield Public Schools");
        assertThat(browser.find(By.id("signed-in-role")).getText()).isEqualTo("Role: Educator");
    }

    @Test
    void otherSpellingsOfAnotherDistrictsAddressLeadToItsSignInToo() {
        browser.open(portalUrl() + "/d/springfield?sign-in");
        signIn("family", DEMO_PASSWORD);
        browser.waitForText(By.id("district-name"), "Springfield Public Schools");

        for (String address : new String[] {"/d/RIVERSIDE", "/d/%72iverside", "/d/riverside?x=v-r=1"}) {
            // Signed in to Springfield each time (Keycloak's session makes it silent): a visitor with no session
            // would be shown Riverside's public home instead.
            browser.open(portalUrl() + "/d/springfield?sign-in");
            browser.waitForText(By.id("district-name"), "Springfield Public Schools");
            browser.open("about:blank");
            browser.open(portalUrl() + address);
            browser.waitForUrlContaining("/realms/riverside/protocol/openid-connect/auth");
            assertThat(browser.isPresent(By.id("district-name"))).as(address).isFalse();
        }
    }

    @Test
    void aSpanishSpeakingBrowserGetsSpanishFromTheFirstPage() {
        try (Browser spanish = Browser.start("es-US")) {
            spanish.open(portalUrl() + "/");
            spanish.waitForText(By.tagName("h1"), "Revisen juntos la política");
            assertThat(spanish.script("return document.documentElement.lang")).isEqualTo("es");
            assertThat(spanish.pageText()).contains("Elija su distrito escolar", "24.500 estudiantes");
            spanish.assertAccessible("the district list in Spanish");
        }
    }

    @Test
    void aWrongPasswordShowsKeycloaksErrorAndNoPortalPage() {
        browser.open(portalUrl() + "/d/riverside?sign-in");
        browser.waitForUrlContaining("/realms/riverside/protocol/openid-connect/auth");
        signIn("family", "not-the-password");

        browser.waitForText(By.tagName("body"), "Invalid username or password.");
        assertThat(browser.currentUrl()).startsWith(keycloakUrl() + "/realms/riverside/");
        browser.assertAccessible("the Keycloak sign-in page with an error");
        assertThat(browser.isPresent(By.id("district-name"))).isFalse();
    }

    @Test
    void anUnknownDistrictShowsATranslatedNotFoundPage() throws IOException, InterruptedException {
        browser.open(portalUrl() + "/d/atlantis");
        browser.waitForText(By.id("not-found-title"), "Page not found");
        assertThat(browser.currentUrl()).isEqualTo(portalUrl() + "/d/atlantis");
        browser.assertAccessible("the not-found page");

        browser.click(By.id("language-es"));
        browser.waitForText(By.id("not-found-title"), "Página no encontrada");
        assertThat(browser.script("return document.title")).isEqualTo("Página no encontrada");
        browser.assertAccessible("the not-found page in Spanish");

        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(portalUrl() + "/d/atlantis")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void aStudentIsShownByPseudonymAndNeverByName() {
        browser.open(portalUrl() + "/d/springfield?sign-in");
        signIn("student", DEMO_PASSWORD);
        browser.waitForText(By.id("district-name"), "Springfield Public Schools");

        assertThat(browser.find(By.id("signed-in-as")).getText())
                .matches("Signed in as [A-Z][a-z]+ [A-Z][a-z]+ \\d{3}");
        assertThat(browser.find(By.id("signed-in-role")).getText()).isEqualTo("Role: Student");
        assertThat(browser.pageText()).doesNotContain("Jordan").doesNotContain("Reyes")
                .contains("You always appear to others under a pseudonym");
        browser.assertAccessible("the district home page of a student");
    }

    @Test
    void theChosenLanguageIsKeptForTheNextSignIn() {
        browser.open(portalUrl() + "/d/riverside?sign-in");
        signIn("family", DEMO_PASSWORD);
        browser.waitForText(By.id("signed-in-role"), "Role: Family");
        browser.click(By.id("language-es"));
        browser.waitForText(By.id("signed-in-role"), "Rol: Familia");
        signOut();

        browser.open(portalUrl() + "/d/riverside?sign-in");
        signIn("family", DEMO_PASSWORD);
        browser.waitForText(By.id("signed-in-role"), "Rol: Familia");
        assertThat(browser.find(By.id("district-name")).getText()).isEqualTo("Riverside Unified School District");
    }

    @Test
    void theDistrictHomeWorksByKeyboardAndOnAPhone() {
        browser.resize(390, 844);
        try {
            browser.open(portalUrl() + "/d/springfield?sign-in");
            signIn("board", DEMO_PASSWORD);
            browser.waitForText(By.id("signed-in-role"), "Role: School board member");
            assertThat(browser.pageText()).contains("do not take part in the online discussion");
            browser.assertAccessible("the district home page on a phone");

            // The first Tab lands on the skip link; following it puts the focus on the main content.
            browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
            browser.press(Keys.TAB);
            assertThat(browser.focused().getText()).isEqualTo("Skip to main content");
            browser.press(Keys.ENTER);
            assertThat(browser.focused().getAttribute("id")).isEqualTo("main-content");

            // The language switch answers to the keyboard too.
            browser.find(By.id("language-es")).sendKeys(Keys.ENTER);
            browser.waitForText(By.id("signed-in-role"), "Rol: Miembro de la junta escolar");
        } finally {
            browser.resize(1280, 900);
        }
    }

}
