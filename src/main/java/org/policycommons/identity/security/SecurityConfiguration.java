package org.policycommons.identity.security;

import org.policycommons.common.ConditionalOnNonBlankProperty;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.AccessVersions;
import org.policycommons.identity.KeycloakProperties;
import org.policycommons.identity.KeycloakServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Sign-in is OpenID Connect against the district's own realm. The landing page {@code /} lists the districts and
 * is where anyone without a session starts; every district page requires a session of that district.
 */
@Configuration(proxyBeanMethods = false)
// Services carry the authorisation (@PreAuthorize); the views only hide what a role may not do.
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
                                       PortalOidcUserService users, DistrictDirectory districts,
                                       VaadinDefaultRequestCache requestCache, AccessVersions accessVersions,
                                       KeycloakServer keycloak, KeycloakProperties keycloakProperties)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(SecurityConfiguration::registrationWhenAsked));

        // District pages are let through here and guarded by DistrictSessionFilter, which knows which realm to use.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/d/**", "/operator/**", "/operator", "/error", "/favicon.ico",
                "/actuator/health/**", "/actuator/prometheus", "/livez", "/readyz").permitAll());
        http.oauth2Login(login -> login
                .clientRegistrationRepository(registrations)
                .tokenEndpoint(token -> token.accessTokenResponseClient(KeycloakHttp.tokens()))
                // A sign-in that cannot complete (it came back to another portal instance, or the link was stale)
                // ends on the portal's own page, in the person's language, not on Spring's.
                .failureHandler(new SignInFailure())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users)));
        // First a session whose roles a district admin has changed is ended, then its page asks for a sign-in.
        http.addFilterBefore(new AccessChangeFilter(accessVersions), AuthorizationFilter.class);
        http.addFilterBefore(new DistrictSessionFilter(districts, requestCache), AuthorizationFilter.class);
        // A Keycloak that does not answer gets a page of the portal's own, before the browser is sent there.
        http.addFilterBefore(new SignInAvailability(keycloak, keycloakProperties, districts),
                OAuth2AuthorizationRequestRedirectFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurity.POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(ContentSecurity.PERMISSIONS)));
        // After logout Keycloak ends its own session too (RP-initiated logout), then returns the browser to "/".
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage("/", "{baseUrl}/"));
        return http.build();
    }

    /**
     * "Create an account" on the public pages signs in through Keycloak's registration form rather than its login
     * form: the same authorization request, sent to the realm's registrations endpoint.
     */
    private static void registrationWhenAsked(org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest.Builder request) {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                && attributes.getRequest().getParameter(DistrictSessionFilter.SIGN_UP) != null) {
            request.attributes(a -> a.put(DistrictSessionFilter.SIGN_UP, true));
            request.authorizationRequestUri(uri -> uri.replacePath(
                    uri.build().getPath().replaceAll("/protocol/openid-connect/auth$", "/protocol/openid-connect/registrations")).build());
        }
    }

    /** The ID token's signature is checked against the realm's keys, fetched with timeouts (KeycloakHttp). */
    @Bean
    org.springframework.security.oauth2.jwt.JwtDecoderFactory<org.springframework.security.oauth2.client.registration.ClientRegistration> idTokenDecoders() {
        return KeycloakHttp.idTokens();
    }

    @Bean
    @ConditionalOnNonBlankProperty("portal.keycloak.url")
    KeycloakServer configuredKeycloak(KeycloakProperties properties) {
        String url = properties.url().replaceAll("/+$", "");
        String backchannel = properties.backchannelUrl() == null || properties.backchannelUrl().isBlank()
                ? url : properties.backchannelUrl().replaceAll("/+$", "");
        return new KeycloakServer() {
            @Override
            public String baseUrl() {
                return url;
            }

            @Override
            public String backchannelUrl() {
                return backchannel;
            }
        };
    }
}
