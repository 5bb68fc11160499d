package org.policycommons.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles every district realm defines, with the same names. A Keycloak realm role {@code family}
 * becomes the Spring authority {@code ROLE_family}, so {@code @RolesAllowed(Roles.FAMILY)} reads as the domain does.
 */
public enum PortalRole {
    FAMILY(Roles.FAMILY, true),
    STUDENT(Roles.STUDENT, true),
    EDUCATOR(Roles.EDUCATOR, true),
    CIVIL_RIGHTS(Roles.CIVIL_RIGHTS, true),
    PARTNER(Roles.PARTNER, true),
    BOARD(Roles.BOARD, false),
    DISTRICT_ADMIN(Roles.DISTRICT_ADMIN, false),
    MODERATOR(Roles.MODERATOR, false);

    private final String realmRole;
    private final boolean participant;

    PortalRole(String realmRole, boolean participant) {
        this.realmRole = realmRole;
        this.participant = participant;
    }

    /** The role's name in Keycloak and in translation keys, e.g. {@code civil_rights}. */
    public String realmRole() {
        return realmRole;
    }

    public String authority() {
        return "ROLE_" + realmRole;
    }

    /** Whether people in this role take part in the public input (comment, reply); board and staff do not. */
    public boolean participates() {
        return participant;
    }

    public static Optional<PortalRole> fromRealmRole(String name) {
        return Arrays.stream(values()).filter(r -> r.realmRole.equals(name)).findFirst();
    }
}
