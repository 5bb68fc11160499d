package org.policycommons.publicsite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public pages' one stylesheet, and a translated 404 for any other address under {@code /public/} (which would
 * otherwise reach Vaadin, and make a session).
 */
@Controller
class PublicAssets {

    private final byte[] stylesheet = read("/public-assets/public.css");

    @GetMapping("/public/assets/public.css")
    ResponseEntity<byte[]> stylesheet() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .contentType(MediaType.parseMediaType("text/css;charset=UTF-8"))
                .body(stylesheet);
    }

    /**
     * Browsers and crawlers ask for {@code /favicon.ico} on their own, with no cookie. Answered here, it makes no session
     * (Vaadin would answer it with its not-found page, and a new session whose cookie replaces the one of a sign-in
     * under way). The public pages name no icon at all ({@code data:,}).
     */
    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> noIcon() {
        return ResponseEntity.noContent().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).build();
    }

    /** The least specific mapping under /public: it answers only what no page does. */
    @GetMapping("/public/**")
    ResponseEntity<byte[]> unknown(HttpServletRequest request) {
        throw new PublicNotFound();
    }

    private static byte[] read(String resource) {
        try (InputStream in = PublicAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
