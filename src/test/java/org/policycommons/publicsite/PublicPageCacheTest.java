package org.policycommons.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.policycommons.comment.CommentPosted;
import org.policycommons.support.MutableClock;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The few seconds a public page is kept: the same bytes and headers for the same address and languages, a 304 for a
 * reader who has them, a fresh page once they are old or something changed, and never a page a proxy could not
 * keep.
 */
class PublicPageCacheTest {

    private final MutableClock clock = new MutableClock();
    private final PublicPageCache cache = new PublicPageCache(Duration.ofSeconds(5), clock);
    private final AtomicInteger drawn = new AtomicInteger();

    {
        clock.standAt(Instant.parse("2033-09-20T12:00:00Z"));
    }

    @Test
    void theSamePageForTheSameAddressAndLanguagesIsDrawnOnceWithinFiveSeconds() throws Exception {
        MockHttpServletResponse first = get("/public/springfield", "es", null, "public, max-age=60");
        MockHttpServletResponse second = get("/public/springfield", "es", null, "public, max-age=60");

        assertThat(drawn).hasValue(1);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(first.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("page 1 of /public/springfield in es");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(second.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(second.getHeaders("Vary")).containsExactly("Accept-Language");
        assertThat(second.getContentType()).startsWith("text/html");

        get("/public/springfield", "en", null, "public, max-age=60");
        get("/public/springfield?lang=es", "es", null, "public, max-age=60");
        assertThat(drawn).as("another language, another address").hasValue(3);

        clock.advance(Duration.ofSeconds(6));
        get("/public/springfield", "es", null, "public, max-age=60");
        assertThat(drawn).as("older than five seconds").hasValue(4);
    }

    @Test
    void aReaderWhoHasTheKeptPageGets304() throws Exception {
        MockHttpServletResponse first = get("/public/springfield/reviews", null, null, "public, max-age=60");
        MockHttpServletResponse again = get("/public/springfield/reviews", null, first.getHeader("ETag"), "public, max-age=60");

        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(drawn).hasValue(1);
    }

    @Test
    void aNewCommentForgetsEveryKeptPage() throws Exception {
        get("/public/springfield/sections/7", null, null, "public, max-age=60");
        cache.on(new CommentPosted(1, 2, 7, 99));
        MockHttpServletResponse after = get("/public/springfield/sections/7", null, null, "public, max-age=60");

        assertThat(drawn).hasValue(2);
        assertThat(after.getContentAsString(StandardCharsets.UTF_8)).startsWith("page 2 ");
    }

    @Test
    void aChangedSettingForgetsEveryKeptPage() throws Exception {
        get("/public/springfield", null, null, "public, max-age=60");
        cache.forgetAllAfterCommit();
        get("/public/springfield", null, null, "public, max-age=60");
        assertThat(drawn).as("outside a transaction, at once").hasValue(2);
    }

    @Test
    void nothingAProxyCouldNotKeepIsKept() throws Exception {
        get("/public/nowhere", null, null, "no-store");
        get("/public/nowhere", null, null, "no-store");
        get("/public/springfield/reviews/1/packets/3.pdf", null, null, "public, max-age=31536000, immutable");
        get("/public/springfield/reviews/1/packets/3.pdf", null, null, "public, max-age=31536000, immutable");
        assertThat(drawn).hasValue(4);
        assertThat(cache.size()).isZero();
    }

    @Test
    void zeroSecondsKeepsNothing() throws Exception {
        PublicPageCache off = new PublicPageCache(Duration.ZERO, clock);
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public/springfield");
            off.doFilter(request, new MockHttpServletResponse(), (req, res) -> draw(req, (HttpServletResponse) res,
                    "public, max-age=60"));
        }
        assertThat(drawn).hasValue(2);
    }

    private MockHttpServletResponse get(String address, String language, String ifNoneMatch, String cacheControl)
            throws ServletException, IOException {
        String[] parts = address.split("\\?", 2);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
        if (parts.length > 1) {
            request.setQueryString(parts[1]);
        }
        if (language != null) {
            request.addHeader("Accept-Language", language);
        }
        if (ifNoneMatch != null) {
            request.addHeader("If-None-Match", ifNoneMatch);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, (req, res) -> draw(req, (HttpServletResponse) res, cacheControl));
        return response;
    }

    /** The page as the controllers would draw it: its status from its cache control, its ETag from its text. */
    private void draw(jakarta.servlet.ServletRequest req, HttpServletResponse response, String cacheControl)
            throws IOException {
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest) req;
        String text = "page " + drawn.incrementAndGet() + " of " + request.getRequestURI()
                + (request.getHeader("Accept-Language") == null ? "" : " in " + request.getHeader("Accept-Language"));
        response.setStatus(cacheControl.equals("no-store") ? 404 : 200);
        response.setHeader("ETag", "\"" + Integer.toHexString(text.hashCode()) + "\"");
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", "Accept-Language");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
