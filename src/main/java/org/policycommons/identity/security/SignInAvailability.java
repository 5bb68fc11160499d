package org.policycommons.identity.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.KeycloakProperties;
import org.policycommons.identity.KeycloakServer;
import org.policycommons.identity.OperatorUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a sign-in is sent to Keycloak, asks whether the realm answers (its OpenID configuration, within a few
 * seconds; a "no" is remembered for a few seconds, so that a crowd of sign-ins does not wait on it one by one). When
 * it does not, the person gets the portal's own translated page
 * ("Sign-in is not available right now") at once, instead of a browser waiting on a server that is down. People
 * already signed in are not affected: their pages do not go through here.
 */
class SignInAvailability extends OncePerRequestFilter {

    static final String UNAVAILABLE_PAGE = "/sign-in-unavailable";
    private static final String AUTHORIZATION = "/oauth2/authorization/";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Duration REMEMBER_DOWN = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(SignInAvailability.class);

    private final KeycloakServer keycloak;
    private final KeycloakProperties properties;
    private final DistrictDirectory districts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    private record Answer(boolean up, long at) {
    }

    SignInAvailability(KeycloakServer keycloak, KeycloakProperties properties, DistrictDirectory districts) {
        this.keycloak = keycloak;
        this.properties = properties;
        this.districts = districts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + AUTHORIZATION);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String registration = request.getRequestURI().substring((request.getContextPath() + AUTHORIZATION).length());
        String realm = registration.equals(OperatorUser.REGISTRATION) ? properties.operatorRealm()
                : districts.bySlug(registration).map(d -> d.keycloakRealm()).orElse(null);
        if (realm != null && !answers(realm)) {
            response.sendRedirect(request.getContextPath() + UNAVAILABLE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean answers(String realm) {
        long now = System.nanoTime();
        Answer known = answers.get(realm);
        if (known != null && !known.up() && now - known.at() < REMEMBER_DOWN.toNanos()) {
            return false;
        }
        boolean up = ask(realm);
        answers.put(realm, new Answer(up, now));
        return up;
    }

    private boolean ask(String realm) {
        URI configuration = URI.create(keycloak.backchannelUrl() + "/realms/" + realm + "/.well-known/openid-configuration");
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(configuration).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() == 200) {
                return true;
            }
            log.warn("Sign-in to realm {} is not available: Keycloak answered {}", realm, answer.statusCode());
        } catch (IOException e) {
            log.warn("Sign-in to realm {} is not available: Keycloak does not answer ({})", realm, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
