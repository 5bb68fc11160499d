package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.support.BrowserTest;

/**
 * The portal's Content-Security-Policy holds in Chromium, and the check every end-to-end test makes after it
 * ({@code BrowserTest}) sees a violation when there is one: here a script tries to load an image from another origin
 * (loopback, so nothing leaves the machine), which the policy refuses.
 */
class ContentSecurityPolicyE2ETest extends BrowserTest {

    @Test
    void aResourceFromAnotherOriginIsRefusedAndTheCheckReportsIt() {
        browser.open(portalUrl() + "/");
        browser.find(By.id("operator-sign-in"));
        assertThat(browser.cspViolations(portalUrl())).as("the first page keeps to the policy").isEmpty();

        browser.script("const image = new Image(); image.src = 'http://127.0.0.1:9/elsewhere.png'; "
                + "document.body.appendChild(image);");
        // The console reports it a moment later; read it for a few seconds at most.
        java.util.List<String> reported = new java.util.ArrayList<>();
        long until = System.currentTimeMillis() + 5_000;
        while (reported.stream().noneMatch(m -> m.contains("img-src")) && System.currentTimeMillis() < until) {
            reported.addAll(browser.cspViolations(portalUrl()));
        }
        assertThat(reported).as("the refusal Chromium reports").anySatisfy(m -> assertThat(m).contains("img-src"));
    }
}
