package org.policycommons.identity.security;

/**
 * What a page of the portal may load and do, sent on every response. Vaadin Flow needs inline scripts and styles for
 * its bootstrap and its components, and {@code eval} for the JavaScript its server side sends (executeJs); nothing
 * may come from another origin, and no other site may frame the portal. End-to-end tests fail on any violation that
 * Chromium reports.
 */
final class ContentSecurity {

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    /** No page of the portal uses these. */
    static final String PERMISSIONS = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");

    private ContentSecurity() {
    }
}
