package org.policycommons.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

/** End-to-end tests: one Chromium per class, every test starting with no portal or Keycloak session. */
public abstract class BrowserTest extends PortalIntegrationTest {

    protected static final String DEMO_PASSWORD = "demo-only-password";
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void forgetEverySession() {
        // Keycloak's cookies are per realm path.
        for (String realm : java.util.List.of("springfield", "riverside", "policy-commons-operator")) {
            browser.open(keycloakUrl() + "/realms/" + realm + "/");
            browser.deleteCookies();
        }
        browser.open(portalUrl() + "/");
        browser.deleteCookies();
    }

    /** Fills in and sends the Keycloak sign-in form shown now. */
    protected static void signIn(String username, String password) {
        signIn(browser, username, password);
    }

    private static void signIn(Browser in, String username, String password) {
        in.type(By.id("username"), username);
        in.type(By.id("password"), password);
        in.click(By.id("kc-login"));
    }

    /** The Keycloak action link (invitation, address check) in the first email to this address, decoded. */
    protected static String actionLinkTo(String address) throws Exception {
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("https?://[^\\s\"<>]+login-actions/action-token[^\\s\"<>]+")
                .matcher(textOf(firstMailTo(address).getContent()));
        org.assertj.core.api.Assertions.assertThat(link.find()).as("a Keycloak link in the email").isTrue();
        return link.group().replace("&amp;", "&");
    }

    /** Opens a district page, signs in there as a demo user, and waits for the district's page. */
    protected static void signInAt(String page, String username) {
        signInAt(browser, page, username);
    }

    /** The same in another browser, e.g. a second reader's. */
    protected static void signInAt(Browser in, String page, String username) {
        in.open(portalUrl() + page);
        in.waitForUrlContaining("/protocol/openid-connect/auth");
        signIn(in, username, DEMO_PASSWORD);
        in.find(By.id("district-name"));
    }
}
