package org.policycommons.identity.security;

import java.util.Map;

import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.KeycloakProperties;
import org.policycommons.identity.KeycloakServer;
import org.policycommons.identity.OperatorUser;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * One OAuth2 client registration per district, named by the district's slug and pointing at its realm, and one for
 * the platform operators' realm, named {@value OperatorUser#REGISTRATION}.
 * Registrations are derived from the district table on demand, so a newly registered district can sign in at once.
 */
@Component
class DistrictClientRegistrations implements ClientRegistrationRepository {

    private final DistrictDirectory districts;
    private final KeycloakServer keycloak;
    private final KeycloakProperties properties;

    DistrictClientRegistrations(DistrictDirectory districts, KeycloakServer keycloak, KeycloakProperties properties) {
        this.districts = districts;
        this.keycloak = keycloak;
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (OperatorUser.REGISTRATION.equals(registrationId)) {
            return registration(OperatorUser.REGISTRATION, "Policy Commons operators", properties.operatorRealm());
        }
        return districts.bySlug(registrationId).map(d -> registration(d.slug(), d.name(), d.keycloakRealm()))
                .orElse(null);
    }

    private ClientRegistration registration(String id, String name, String realm) {
        String issuer = keycloak.issuer(realm);
        // The browser is sent to the public address; the portal fetches tokens and keys over the backchannel.
        String oidc = issuer + "/protocol/openid-connect";
        String backchannel = keycloak.backchannelIssuer(realm) + "/protocol/openid-connect";
        return ClientRegistration.withRegistrationId(id)
                .clientName(name)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(issuer)
                .authorizationUri(oidc + "/auth")
                .tokenUri(backchannel + "/token")
                .jwkSetUri(backchannel + "/certs")
                .userInfoUri(backchannel + "/userinfo")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                .build();
    }
}
