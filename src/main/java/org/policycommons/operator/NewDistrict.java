package org.policycommons.operator;

import java.util.List;
import java.util.Locale;

/**
 * What an operator enters to create a district, as typed: the service checks every field.
 *
 * @param slug      the district's address under {@code /d/}, also the name of its Keycloak realm
 * @param languages the languages the district offers, among the portal's (English, Spanish)
 * @param timeZone  an IANA time zone, e.g. {@code America/Chicago}
 */
public record NewDistrict(String name, String slug, List<Locale> languages, String timeZone, Integer enrolment,
                          String adminEmail, String adminFirstName, String adminLastName) {
}
