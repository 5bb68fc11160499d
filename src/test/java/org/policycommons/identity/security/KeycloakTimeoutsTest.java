package org.policycommons.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.policycommons.identity.KeycloakClients;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;

/**
 * A Keycloak that takes the connection and never answers (the hardest way to be down) ends each call within its
 * timeout: the admin client's, and the sign-in's token exchange.
 */
class KeycloakTimeoutsTest {

    private static final Duration AT_MOST = KeycloakClients.READ_TIMEOUT.plusSeconds(3);

    private ServerSocket silent;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @BeforeEach
    void aKeycloakThatNeverAnswers() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void close() throws IOException {
        silent.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void theAdminClientGivesUp() {
        long started = System.nanoTime();
        try (Keycloak admin = KeycloakClients.builder(url()).realm("master")
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId("policy-commons-platform")
                .clientSecret("a-secret-of-this-test").build()) {
            Throwable failed = catchThrowable(() -> admin.realm("springfield").toRepresentation());
            assertThat(failed).isNotNull();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AT_MOST);
    }

    @Test
    void theSignInsTokenExchangeGivesUp() {
        ClientRegistration registration = ClientRegistration.withRegistrationId("springfield")
                .clientId("policy-commons").clientSecret("a-secret-of-this-test")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost/login/oauth2/code/springfield")
                .authorizationUri(url() + "/auth").tokenUri(url() + "/token").build();
        OAuth2AuthorizationRequest asked = OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(url() + "/auth").clientId("policy-commons")
                .redirectUri("http://localhost/login/oauth2/code/springfield").state("state").build();
        OAuth2AuthorizationResponse answered = OAuth2AuthorizationResponse.success("code")
                .redirectUri("http://localhost/login/oauth2/code/springfield").state("state").build();
        long started = System.nanoTime();
        Throwable failed = catchThrowable(() -> KeycloakHttp.tokens().getTokenResponse(
                new OAuth2AuthorizationCodeGrantRequest(registration, new OAuth2AuthorizationExchange(asked, answered))));
        assertThat(failed).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AT_MOST)
                .isGreaterThanOrEqualTo(KeycloakClients.READ_TIMEOUT.minusSeconds(1));
    }

    private String url() {
        return "http://127.0.0.1:" + silent.getLocalPort();
    }
}
