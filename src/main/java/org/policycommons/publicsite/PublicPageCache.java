package org.policycommons.publicsite;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.policycommons.comment.CommentPosted;
import org.policycommons.comment.ResponseGiven;
import org.policycommons.cycle.PhaseClosed;
import org.policycommons.cycle.PhaseOpened;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public pages, kept for a few seconds ({@code portal.public.page-cache}, 5 s by default; 0 turns it off) once
 * drawn: every reader who is not signed in gets the same bytes for the same address and language, so when a news
 * story brings thousands of them, the database answers each page once every few seconds rather than for each reader
 * (docs/decisions/021). Only what a proxy may cache anyway is kept (a 200 with {@code Cache-Control: public}, small,
 * setting no cookie); a comment posted, a response given, a phase opening or closing, or a change of the district's
 * public settings forgets every kept page at once on this instance, after its transaction, and another instance's
 * kept pages are at most that old.
 */
class PublicPageCache extends OncePerRequestFilter {

    /** Past this many kept pages, all are forgotten: a crawler walking every page cannot fill the memory. */
    static final int MOST_PAGES = 2_000;
    static final int LARGEST_PAGE = 512 * 1024;

    private volatile Duration keptFor;
    private final Clock clock;
    private final Map<String, Kept> pages = new ConcurrentHashMap<>();

    PublicPageCache(Duration keptFor, Clock clock) {
        this.keptFor = keptFor;
        this.clock = clock;
    }

    /** A page as it was sent: its status was 200; its headers, in order; its bytes. */
    record Kept(Map<String, List<String>> headers, String etag, byte[] body, Instant until) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return keptFor.isZero() || !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        Kept kept = pages.get(key);
        if (kept != null && clock.instant().isBefore(kept.until())) {
            send(kept, request, response);
            return;
        }
        ContentCachingResponseWrapper drawn = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, drawn);
        keep(key, drawn);
        drawn.copyBodyToResponse();
    }

    private void keep(String key, ContentCachingResponseWrapper drawn) {
        String cacheControl = drawn.getHeader(HttpHeaders.CACHE_CONTROL);
        String etag = drawn.getHeader(HttpHeaders.ETAG);
        if (drawn.getStatus() != HttpServletResponse.SC_OK || cacheControl == null || !cacheControl.contains("public")
                || cacheControl.contains("immutable") || etag == null || drawn.getHeader(HttpHeaders.SET_COOKIE) != null
                || drawn.getContentSize() > LARGEST_PAGE) {
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : drawn.getHeaderNames()) {
            headers.put(name, new ArrayList<>(drawn.getHeaders(name)));
        }
        if (drawn.getContentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, List.of(drawn.getContentType()));
        }
        if (pages.size() >= MOST_PAGES) {
            pages.clear();
        }
        pages.put(key, new Kept(headers, etag, drawn.getContentAsByteArray(), clock.instant().plus(keptFor)));
    }

    private static void send(Kept kept, HttpServletRequest request, HttpServletResponse response) throws IOException {
        kept.headers().forEach((name, values) -> {
            response.setHeader(name, values.getFirst());
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        if (PublicResponses.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), kept.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(kept.body().length);
        response.getOutputStream().write(kept.body());
    }

    /** The address and the reader's languages: all a public page depends on. */
    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String languages = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return request.getRequestURI() + (query == null ? "" : "?" + query) + "\n" + (languages == null ? "" : languages);
    }

    /** Keeps pages this long from now on (the benchmark measures both ways on one running portal). */
    void keepFor(Duration duration) {
        this.keptFor = duration;
        pages.clear();
    }

    /** Forgets every kept page: something they show has changed. */
    void forgetAll() {
        pages.clear();
    }

    /** Forgets every kept page once the transaction under way commits (at once, outside one): a setting changed. */
    void forgetAllAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forgetAll();
                }
            });
        } else {
            forgetAll();
        }
    }

    int size() {
        return pages.size();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        PublicPageCache publicPageCache(@Value("${portal.public.page-cache:5s}") Duration keptFor, Clock clock) {
            return new PublicPageCache(keptFor, clock);
        }

        /** After the security filters, so that what is kept and replayed is what they let through. */
        @Bean
        FilterRegistrationBean<PublicPageCache> publicPageCacheFilter(PublicPageCache cache) {
            FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
            registration.addUrlPatterns("/public/*");
            return registration;
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentPosted event) {
        forgetAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ResponseGiven event) {
        forgetAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PhaseOpened event) {
        forgetAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PhaseClosed event) {
        forgetAll();
    }
}
