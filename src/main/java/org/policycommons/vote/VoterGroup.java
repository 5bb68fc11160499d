package org.policycommons.vote;

import java.util.List;
import java.util.Optional;

import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;

/**
 * The stakeholder groups whose results are reported apart. A person with several roles votes once, in the first of
 * their groups in this order (a student's first, so that a student's vote is always counted and protected as one).
 */
public enum VoterGroup {
    STUDENT(PortalRole.STUDENT),
    CIVIL_RIGHTS(PortalRole.CIVIL_RIGHTS),
    PARTNER(PortalRole.PARTNER),
    EDUCATOR(PortalRole.EDUCATOR),
    FAMILY(PortalRole.FAMILY);

    /** Groups smaller than this are shown as "fewer than 5 voters" everywhere. */
    public static final int SMALLEST_SHOWN = 5;

    private final PortalRole role;

    VoterGroup(PortalRole role) {
        this.role = role;
    }

    public PortalRole role() {
        return role;
    }

    public String translationKey() {
        return "role." + role.realmRole();
    }

    /** The group a person votes in, if their roles let them vote at all. */
    public static Optional<VoterGroup> of(PortalUser user) {
        return List.of(values()).stream().filter(group -> user.hasRole(group.role)).findFirst();
    }
}
