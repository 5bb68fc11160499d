package org.policycommons.publicsite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/**
 * Draws a public page from its template and answers with it, cacheably: an {@code ETag} made from the page's bytes
 * (so any change to what it shows, a new comment included, changes it), {@code Cache-Control: public} for a minute,
 * and 304 to a reader or proxy that already has those bytes. Each page says which languages it varies by, and who
 * may frame it (nobody, but for the embeddable card).
 */
@Component
class PublicResponses {

    /** How long a reader or a proxy may keep a page without asking again. */
    static final Duration FRESH_FOR = Duration.ofSeconds(60);

    static final String POLICY = String.join("; ",
            "default-src 'none'",
            "style-src 'self'",
            "img-src 'self' data:",
            "base-uri 'none'",
            "form-action 'self'");

    /** As on every page of the portal: no public page uses these. */
    static final String PERMISSIONS = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    ResponseEntity<byte[]> page(HttpServletRequest request, String template, Object page, Words words) {
        return page(request, HttpStatus.OK, template, page, words, "'none'");
    }

    ResponseEntity<byte[]> page(HttpServletRequest request, HttpStatus status, String template, Object page,
                                Words words, String frameAncestors) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(template, Map.of("page", page, "w", words), output);
        byte[] body = output.toByteArray();
        return answer(request, status, body, MediaType.parseMediaType("text/html;charset=UTF-8"), frameAncestors);
    }

    /** A page for one person (e.g. an email's unsubscribe link): drawn the same way, kept by nobody. */
    ResponseEntity<byte[]> unstored(HttpServletRequest request, HttpStatus status, String template, Object page,
                                    Words words) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(template, Map.of("page", page, "w", words), output);
        return answer(request, status, output.toByteArray(), MediaType.parseMediaType("text/html;charset=UTF-8"),
                "'none'", CacheControl.noStore());
    }

    /** Any other public answer (a feed, a calendar, a sitemap), cached in the same way. */
    ResponseEntity<byte[]> answer(HttpServletRequest request, HttpStatus status, byte[] body, MediaType type,
                                  String frameAncestors) {
        return answer(request, status, body, type, frameAncestors, status.is2xxSuccessful()
                ? CacheControl.maxAge(FRESH_FOR).cachePublic() : CacheControl.noStore());
    }

    /** A file that never changes once published (a board packet): cached for good. */
    ResponseEntity<byte[]> unchanging(HttpServletRequest request, byte[] body, MediaType type, String fileName) {
        ResponseEntity<byte[]> answer = answer(request, HttpStatus.OK, body, type, "'none'",
                CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable());
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
                .body(answer.getBody());
    }

    private ResponseEntity<byte[]> answer(HttpServletRequest request, HttpStatus status, byte[] body, MediaType type,
                                          String frameAncestors, CacheControl cache) {
        String etag = "\"" + digest(body) + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl(cache);
        headers.setVary(java.util.List.of(HttpHeaders.ACCEPT_LANGUAGE));
        headers.set("Content-Security-Policy", POLICY + "; frame-ancestors " + frameAncestors);
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("Permissions-Policy", PERMISSIONS);
        if (status.is2xxSuccessful() && notModified(request, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        headers.setContentType(type);
        headers.setContentLength(body.length);
        return ResponseEntity.status(status).headers(headers).body(body);
    }

    private static boolean notModified(HttpServletRequest request, String etag) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        return matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag);
    }

    /** Whether an {@code If-None-Match} names this {@code ETag} (weakly or strongly) or any. */
    static boolean matches(String asked, String etag) {
        if (asked == null) {
            return false;
        }
        for (String tag : asked.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.startsWith("W/")) {
                trimmed = trimmed.substring(2);
            }
            if (trimmed.equals(etag) || trimmed.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
