package org.policycommons.identity;

import java.util.Set;

/** Published when a person signs in to a district, inside that district's tenant scope. */
public record UserSignedIn(long districtId, String subject, String email, Set<PortalRole> roles) {
}
