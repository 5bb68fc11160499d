package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.support.Browser;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.CuttableProxy;
import org.policycommons.support.SecondPortal;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When a district's Keycloak does not answer, a person who tries to sign in gets the portal's own translated page
 * within seconds, not a browser waiting on a server that is down; once Keycloak answers again, sign-in goes there.
 * Run on a portal of its own (the production start, no demo profile) that reaches Keycloak through a relay the test
 * cuts.
 */
class SignInUnavailableE2ETest extends BrowserTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aSignInWhileKeycloakDoesNotAnswerEndsOnATranslatedPageWithinTenSeconds() throws Exception {
        try (CuttableProxy keycloak = new CuttableProxy(keycloakUrl());
             SecondPortal portal = SecondPortal.start(dataSource, keycloak.url())) {
            browser.open(portal.url() + "/d/springfield?sign-in");
            browser.waitForUrlContaining(keycloak.url() + "/realms/springfield/protocol/openid-connect/auth");

            keycloak.cut();
            browser.deleteCookies();
            long started = System.nanoTime();
            browser.open(portal.url() + "/d/springfield?sign-in");
            browser.waitForText(By.id("sign-in-unavailable-title"), "Sign-in is not available right now");
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(seconds).as("seconds until the page said so").isLessThan(10);
            assertThat(browser.currentUrl()).startsWith(portal.url());
            assertThat(browser.pageText()).contains("try again in a few minutes").doesNotContain("Exception");
            browser.assertAccessible("the sign-in unavailable page");
            assertThat(browser.cspViolations(portal.url())).isEmpty();

            try (Browser spanish = Browser.start("es-US")) {
                spanish.open(portal.url() + "/d/springfield?sign-in");
                spanish.waitForText(By.id("sign-in-unavailable-title"), "El inicio de sesión no está disponible ahora");
            }

            keycloak.restore();
            // The failed answer is remembered for five seconds at most.
            Thread.sleep(5_500);
            browser.deleteCookies();
            browser.open(portal.url() + "/d/springfield?sign-in");
            browser.waitForUrlContaining(keycloak.url() + "/realms/springfield/protocol/openid-connect/auth");
        }
    }

    @Test
    void aSignInThatCannotCompleteEndsOnTheTranslatedPageNotSpringsOwn() {
        // As when a sign-in returns to another instance than the one it started on: no request of this session.
        browser.open(portalUrl() + "/login/oauth2/code/springfield?code=from-another-node&state=unknown");
        browser.waitForText(By.id("sign-in-failed-title"), "Signing in did not complete");
        assertThat(browser.pageText()).doesNotContain("Invalid credentials", "authorization_request_not_found");
        browser.assertAccessible("the sign-in failed page");
    }
}
