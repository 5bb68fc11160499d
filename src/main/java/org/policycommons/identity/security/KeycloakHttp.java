package org.policycommons.identity.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.policycommons.identity.KeycloakClients;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * The sign-in's own calls to Keycloak (the token, the realm's signing keys, the user info), with the same timeouts as
 * the admin client's ({@link KeycloakClients}): a Keycloak that stops answering mid-sign-in ends it within seconds,
 * on the portal's sign-in page, instead of holding the browser and a thread.
 */
final class KeycloakHttp {

    private KeycloakHttp() {
    }

    static ClientHttpRequestFactory requests() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(KeycloakClients.CONNECT_TIMEOUT);
        requests.setReadTimeout(KeycloakClients.READ_TIMEOUT);
        return requests;
    }

    /** The code-for-token exchange, as Spring Security makes it, over the requests above. */
    static RestClientAuthorizationCodeTokenResponseClient tokens() {
        RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();
        tokens.setRestClient(RestClient.builder()
                .requestFactory(requests())
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return tokens;
    }

    /** The user info call of the OIDC user service. */
    static DefaultOAuth2UserService userInfo() {
        DefaultOAuth2UserService userInfo = new DefaultOAuth2UserService();
        RestTemplate rest = new RestTemplate(requests());
        rest.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        userInfo.setRestOperations(rest);
        return userInfo;
    }

    /**
     * ID token decoders as Spring Security's own (validators and claim types), one per client registration, whose
     * fetch of the realm's keys has the timeouts above.
     */
    static JwtDecoderFactory<ClientRegistration> idTokens() {
        Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();
        RestTemplate rest = new RestTemplate(requests());
        return registration -> decoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
                    .restOperations(rest).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                    new OidcIdTokenValidator(registration)));
            decoder.setClaimSetConverter(new MappedJwtClaimSetConverter(
                    OidcIdTokenDecoderFactory.createDefaultClaimTypeConverters()));
            return decoder;
        });
    }
}
