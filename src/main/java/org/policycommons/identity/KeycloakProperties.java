package org.policycommons.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal reaches Keycloak.
 *
 * @param url          the Keycloak server's base URL as browsers reach it; blank starts the embedded one
 * @param backchannelUrl the same server as the portal reaches it, if that differs (e.g. {@code http://keycloak:8080})
 * @param clientId     the portal's confidential client, the same in every district realm
 * @param clientSecret its secret (the demo realms use a demo-only value)
 * @param operatorRealm the realm platform operators sign in to, apart from every district's
 * @param platformClientId     the portal's client in Keycloak's {@code master} realm, whose service account creates
 *                             district realms (docs/decisions/012)
 * @param platformClientSecret its secret
 */
@ConfigurationProperties("portal.keycloak")
public record KeycloakProperties(
        String url,
        String backchannelUrl,
        @DefaultValue("policy-commons") String clientId,
        @DefaultValue("demo-only-portal-secret") String clientSecret,
        @DefaultValue("policy-commons-operator") String operatorRealm,
        @DefaultValue("policy-commons-platform") String platformClientId,
        @DefaultValue("demo-only-platform-secret") String platformClientSecret) {
}
