package org.policycommons.district;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A school district: the tenant. Everything a district's people write belongs to exactly one district.
 *
 * @param slug          the name in URLs, as in {@code /d/springfield}
 * @param keycloakRealm the Keycloak realm its people sign in through
 * @param languages     the languages its pages are offered in, first the default
 * @param enrolment     number of students, for participation rates
 * @param deactivation  when and why an operator deactivated it, if they did: then nobody signs in, and its records
 *                      are kept as they are
 */
public record District(long id, String slug, String name, String keycloakRealm, List<Locale> languages,
                       ZoneId timeZone, int enrolment, java.util.Optional<Deactivation> deactivation) {

    public record Deactivation(java.time.Instant at, String reason) {
    }

    public boolean active() {
        return deactivation.isEmpty();
    }

    /**
     * Slugs the portal uses itself: {@code operator} names the platform operators' sign-in (docs/decisions/012);
     * {@code accessibility} and {@code assets} are public pages under {@code /public/} beside the districts'.
     */
    public static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("operator", "accessibility", "assets");
}
