package org.policycommons.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles every district realm defines, with the same names. A Keycloak realm role {@code family}
 * becomes the Spring authority {@code ROLE_family}, so {@code @RolesAllowed(Roles.FAMILY)} reads as the domain does.
 */
public enum PortalRole {
    FAMILY(Roles.FAMILY),
    STUDENT(Roles.STUDENT),
    EDUCATOR(Roles.EDUCATOR),
    CIVIL_RIGHTS(Roles.CIVIL_RIGHTS),
    PARTNER(Roles.PARTNER),
    BOARD(Roles.BOARD),
    DISTRICT_ADMIN(Roles.DISTRICT_ADMIN),
    MODERATOR(Roles.MODERATOR);

    private final String realmRole;

    PortalRole(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The role's name in Keycloak and in translation keys, e.g. {@code civil_rights}. */
    public String realmRole() {
        return realmRole;
    }

    public String authority() {
        return "ROLE_" + realmRole;
    }

    public static Optional<PortalRole> fromRealmRole(String name) {
        return Arrays.stream(values()).filter(r -> r.realmRole.equals(name)).findFirst();
    }
}
