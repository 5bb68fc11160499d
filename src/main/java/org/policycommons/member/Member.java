package org.policycommons.member;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.policycommons.identity.PortalRole;

/**
 * A person of the district's realm, as a district admin manages them. A student's name and address are left out
 * (empty), and so is their pseudonym: an admin who searches by a student's address must not learn which pseudonym
 * is theirs (that takes the moderators' audited reveal). The list shows a student's account by its id.
 *
 * @param id                Keycloak's id for them in the district's realm (their subject)
 * @param student           a student, or someone who registered claiming to be one
 * @param roles             the portal's roles they hold; Keycloak's own roles are left out
 * @param organisation      for civil-rights groups and partner agencies, the name their comments show
 * @param lastSignIn        when they last signed in to the portal, if ever
 * @param invitationPending they have not yet set a password from their invitation
 */
public record Member(String id, String name, String email, boolean student, boolean enabled,
                     Set<PortalRole> roles, Optional<String> organisation, Optional<Instant> lastSignIn,
                     boolean invitationPending) {

    /** Roles that speak for an organisation, whose name their comments show. */
    public static final Set<PortalRole> ORGANISATION_ROLES = Set.of(PortalRole.CIVIL_RIGHTS, PortalRole.PARTNER);
}
