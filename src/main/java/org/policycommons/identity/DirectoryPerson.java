package org.policycommons.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * A person in a district's realm: the subject id the portal keys them by, their email if any, and the language they
 * chose in Keycloak if any. Names are not carried: the portal does not need them to notify someone.
 */
public record DirectoryPerson(String subject, Optional<String> email, Optional<Locale> locale) {
}
