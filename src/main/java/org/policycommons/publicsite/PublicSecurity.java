package org.policycommons.publicsite;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public pages ({@code /public/**}) have a filter chain of their own, ahead of the portal's: nobody signs in
 * there, nothing is remembered between requests, and no HTTP session is made or read, so thousands of readers cost
 * the server nothing after their page is sent. Their headers (caching, content security, framing) are set by
 * {@link PublicResponses} page by page.
 */
@Configuration(proxyBeanMethods = false)
class PublicSecurity {

    static final String PATHS = "/public/**";

    @Bean
    @Order(1)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .requestCache(cache -> cache.disable())
                // Only GET and HEAD are answered here, but for the unsubscribe POST, whose signed link is its own
                // proof: a mail provider posts it without any cookie (RFC 8058).
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        // Public pages may be cached by anyone: PublicResponses says for how long.
                        .cacheControl(cache -> cache.disable())
                        // frame-ancestors in each page's Content-Security-Policy decides who may frame it.
                        .frameOptions(frames -> frames.disable()));
        return http.build();
    }
}
