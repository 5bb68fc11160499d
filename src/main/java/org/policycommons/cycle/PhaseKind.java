package org.policycommons.cycle;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.policycommons.identity.PortalRole;

/** The phases of a review cycle, in order. Comment and vote windows may overlap; the others follow one another. */
public enum PhaseKind {
    DRAFTING(PortalRole.DISTRICT_ADMIN),
    PUBLIC_COMMENT(PortalRole.FAMILY, PortalRole.STUDENT, PortalRole.EDUCATOR, PortalRole.CIVIL_RIGHTS, PortalRole.PARTNER),
    PRIORITY_VOTE(PortalRole.FAMILY, PortalRole.STUDENT, PortalRole.EDUCATOR, PortalRole.CIVIL_RIGHTS, PortalRole.PARTNER),
    REVISION(PortalRole.DISTRICT_ADMIN),
    BOARD_REVIEW(PortalRole.BOARD),
    ADOPTED;

    private final Set<PortalRole> actingRoles;

    PhaseKind(PortalRole... actingRoles) {
        this.actingRoles = actingRoles.length == 0 ? Set.of() : Set.copyOf(EnumSet.copyOf(List.of(actingRoles)));
    }

    /** The phases that must be over before this one opens (comment and vote may run side by side). */
    public List<PhaseKind> follows() {
        return switch (this) {
            case DRAFTING -> List.of();
            case PUBLIC_COMMENT, PRIORITY_VOTE -> List.of(DRAFTING);
            case REVISION -> List.of(PUBLIC_COMMENT, PRIORITY_VOTE);
            case BOARD_REVIEW -> List.of(REVISION);
            case ADOPTED -> List.of(BOARD_REVIEW);
        };
    }

    /** The roles that have something to do while this phase is open, and so are told when it opens. */
    public Set<PortalRole> actingRoles() {
        return actingRoles;
    }

    /** Translation key of the phase's name, e.g. {@code phase.public-comment}. */
    public String translationKey() {
        return "phase." + name().toLowerCase().replace('_', '-');
    }
}
