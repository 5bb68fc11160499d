package org.policycommons.identity;

import java.util.Set;

import org.policycommons.district.District;

/**
 * Roles for someone who signs in holding none of the portal's roles, such as a person who created their own account
 * (self-registration): the portal grants them in Keycloak and the session has them at once.
 */
public interface FirstSignInRoles {

    /** The roles granted now, or none; called in the signing-in district's tenant scope. */
    Set<PortalRole> grant(District district, String subject);
}
