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

    /** Every page a test visited kept to the portal's Content-Security-Policy: Chromium reported no violation. */
    @org.junit.jupiter.api.AfterEach
    void noContentSecurityPolicyViolation() {
        org.assertj.core.api.Assertions.assertThat(browser.cspViolations(portalUrl()))
                .as("Content-Security-Policy violations reported by Chromium").isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;
    /** Each participant's chosen language before the test, by id. */
    private java.util.Map<Long, String> languagesBefore = java.util.Map.of();

    /**
     * A language chosen with the switch is kept for that person (ParticipantService.preferLanguage), so a test that
     * reads in Spanish as a demo user would leave the next test's demo user reading Spanish: each test's choices are
     * put back after it, whether it passed or not.
     */
    @BeforeEach
    void rememberChosenLanguages() {
        java.util.Map<Long, String> before = new java.util.HashMap<>();
        jdbc.query("SELECT id, locale FROM participant", row -> {
            before.put(row.getLong(1), row.getString(2));
        });
        languagesBefore = before;
    }

    @org.junit.jupiter.api.AfterEach
    void putBackChosenLanguages() {
        java.util.List<Long> changed = new java.util.ArrayList<>();
        jdbc.query("SELECT id, locale FROM participant", row -> {
            long id = row.getLong(1);
            if (languagesBefore.containsKey(id) && !java.util.Objects.equals(languagesBefore.get(id), row.getString(2))) {
                changed.add(id);
            }
        });
        changed.forEach(id -> jdbc.update("UPDATE participant SET locale = ? WHERE id = ?", languagesBefore.get(id), id));
    }

    @BeforeEach
    protected void forgetEverySession() {
        // Keycloak's cookies are per realm path.
        for (String realm : java.util.List.of("springfield", "riverside", "policy-commons-operator")) {
            browser.open(keycloakUrl() + "/realms/" + realm + "/");
            browser.deleteCookies();
        }
        browser.open(portalUrl() + "/");
        browser.deleteCookies();
        // The tab's kept drafts too (shell.ui.KeptDraft): each test starts as a new tab would.
        browser.script("sessionStorage.clear()");
    }

    /**
     * Signs out, and waits for the whole way out (the portal, Keycloak's end of session, the visitors' first page):
     * a page opened before it ends would race the redirects still under way.
     */
    protected static void signOut() {
        browser.click(By.id("sign-out"));
        browser.find(By.id("operator-sign-in"));
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

    /** Each operator's authenticator secret, once they have set one up in this test run, and the last step used. */
    private static final java.util.Map<String, String> AUTHENTICATORS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Long> LAST_STEP = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Signs in to the operators' realm, whose sign-in asks for a one-time code: at the first sign-in of the run the
     * authenticator is set up from the secret Keycloak shows (as someone typing it into their app), later ones
     * give a code from it.
     */
    protected static void signInAsOperator(String username, String password) {
        signIn(browser, username, password);
        completeSecondFactor(browser, username);
    }

    /** Sets up or answers the second factor on the Keycloak page shown now, if it asks for one. */
    protected static void completeSecondFactor(Browser in, String username) {
        int page = in.waitForEither(By.id("kc-totp-settings-form"), By.id("otp"), By.id("operator-districts"));
        if (page == 0) {
            in.click(By.id("mode-manual"));
            String secret = in.find(By.id("kc-totp-secret-key")).getText().replace(" ", "");
            AUTHENTICATORS.put(username, secret);
            in.type(By.id("totp"), nextCode(username));
            in.type(By.id("userLabel"), "Test authenticator");
            in.click(By.id("saveTOTPBtn"));
        } else if (page == 1) {
            String secret = AUTHENTICATORS.get(username);
            org.assertj.core.api.Assertions.assertThat(secret).as("%s's authenticator, set up earlier", username).isNotNull();
            in.type(By.id("otp"), nextCode(username));
            in.click(By.id("kc-login"));
        }
    }

    /** A code Keycloak has not seen yet: Keycloak refuses a code used once, and accepts the next step's too. */
    private static synchronized String nextCode(String username) {
        long now = java.time.Instant.now().getEpochSecond() / 30;
        long step = Math.max(now, LAST_STEP.getOrDefault(username, Long.MIN_VALUE) + 1);
        while (step > now + 1) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            now = java.time.Instant.now().getEpochSecond() / 30;
        }
        LAST_STEP.put(username, step);
        return Totp.code(AUTHENTICATORS.get(username), java.time.Instant.ofEpochSecond(step * 30));
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
        // A district's own address shows a visitor its public home; ?sign-in asks for the sign-in instead.
        in.open(portalUrl() + page + (page.matches("/d/[^/?]+") ? "?sign-in" : ""));
        in.waitForUrlContaining("/protocol/openid-connect/auth");
        signIn(in, username, DEMO_PASSWORD);
        in.find(By.id("district-name"));
    }
}
