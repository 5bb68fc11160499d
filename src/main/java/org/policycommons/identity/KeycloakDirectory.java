package org.policycommons.identity;

import java.util.List;

/**
 * The current district's people as its Keycloak realm knows them, including those who have never signed in to the
 * portal. Read-only: the portal's service account may view users and roles and nothing more (README, "Keycloak").
 */
public interface KeycloakDirectory {

    /**
     * Everyone in the current district's realm who holds this role directly, enabled accounts only.
     *
     * @throws DirectoryUnavailable when Keycloak cannot be reached or refuses the service account
     */
    List<DirectoryPerson> holdersOf(PortalRole role);

    /**
     * Who a subject of the current district's realm is, for the rare, audited cases where the district must know
     * (e.g. a safety concern in a student's comment).
     *
     * @throws DirectoryUnavailable when Keycloak cannot be reached or refuses the service account
     */
    java.util.Optional<Identity> identify(String subject);

    /** A person's name, username and email, as their realm holds them. */
    record Identity(String name, String username, String email) {
    }

    /** Keycloak could not answer; the caller decides whether to retry or to make do with what the portal knows. */
    final class DirectoryUnavailable extends RuntimeException {

        public DirectoryUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
