package org.policycommons.participant;

import java.util.Locale;
import java.util.Optional;

/**
 * A person who has signed in to a district. The portal keeps the least it needs: Keycloak's subject id, a
 * pseudonym (how a student appears to others), a preferred language, and for notices its realm roles and email as
 * of the last sign-in, whether it wants email and how often, and when it last signed in (if it ever did: people the realm lists
 * for a notice have a record before their first sign-in). Names stay in Keycloak.
 */
public record Participant(long id, String subject, String pseudonym, Optional<Locale> preferredLocale,
                          Optional<String> email, java.util.Set<String> realmRoles, boolean emailNotices,
                          EmailDigest emailDigest, Optional<java.time.Instant> lastSignIn) {
}
