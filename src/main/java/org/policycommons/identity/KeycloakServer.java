package org.policycommons.identity;

/** The Keycloak server that holds one realm per district: the embedded one, or the one configured. */
@FunctionalInterface
public interface KeycloakServer {

    /** Where browsers reach Keycloak, e.g. {@code http://127.0.0.1:8180}, without a trailing slash. */
    String baseUrl();

    /** Where the portal itself reaches Keycloak (tokens, keys); inside a container network this differs. */
    default String backchannelUrl() {
        return baseUrl();
    }

    default String issuer(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    default String backchannelIssuer(String realm) {
        return backchannelUrl() + "/realms/" + realm;
    }
}
