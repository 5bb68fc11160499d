package org.policycommons.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.policycommons.support.PortalIntegrationTest;

/**
 * Every response tells the browser what the page may load and send, and the session cookie is not sent cross-site,
 * not readable by scripts, and Secure whenever the portal is reached over HTTPS (here: through a proxy on loopback).
 */
class BrowserSecurityHeadersTest extends PortalIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesCarryTheContentSecurityReferrerAndPermissionsPolicies() throws Exception {
        // A page of the portal's own (Vaadin's): the not-found page of a district that does not exist.
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(portalUrl() + "/d/atlantis")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("*"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("camera=()", "geolocation=()"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        // A public page (no script at all): a stricter policy, and the same others.
        HttpResponse<String> open = http.send(HttpRequest.newBuilder(URI.create(portalUrl() + "/public")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("script-src", "*"));
        assertThat(open.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(open.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("camera=()", "geolocation=()"));
        assertThat(open.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theSessionCookieIsLaxHttpOnlyAndSecureBehindHttps() throws Exception {
        // The start of a sign-in is the first thing that makes a session.
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(portalUrl() + "/d/springfield?sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(plain)).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");

        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(portalUrl() + "/d/springfield?sign-in"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(proxied)).contains("SameSite=Lax", "HttpOnly", "Secure");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers().map()));
    }
}
