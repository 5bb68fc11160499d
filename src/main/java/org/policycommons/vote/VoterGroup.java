package org.policycommons.vote;

import java.util.List;
import java.util.Optional;

import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;

/**
 * The stakeholder groups whose results are reported apart. A person with several roles votes once, in the first of
 * their groups in this order (a student's first, so that a student's vote is always counted and protected as one).
 * {@link #NOT_STATED} is no one's role: it holds input received outside the portal from someone who did not say
 * which group they speak for (docs/decisions/025); it has comments, never ballots.
 */
public enum VoterGroup {
    STUDENT(PortalRole.STUDENT),
    CIVIL_RIGHTS(PortalRole.CIVIL_RIGHTS),
    PARTNER(PortalRole.PARTNER),
    EDUCATOR(PortalRole.EDUCATOR),
    FAMILY(PortalRole.FAMILY),
    NOT_STATED(null);

    /** The groups people vote in: every group but {@link #NOT_STATED}, in order. */
    public static final List<VoterGroup> VOTING = List.of(STUDENT, CIVIL_RIGHTS, PARTNER, EDUCATOR, FAMILY);

    /** How a comment row names the group of a speaker who did not say theirs. */
    public static final String NOT_STATED_CODE = "not_stated";

    /** Groups smaller than this are shown as "fewer than 5 voters" everywhere. */
    public static final int SMALLEST_SHOWN = 5;

    private final PortalRole role;

    VoterGroup(PortalRole role) {
        this.role = role;
    }

    /** The role of the group's people; null for {@link #NOT_STATED}. */
    public PortalRole role() {
        return role;
    }

    /** How a comment row names the group: the role's name, e.g. {@code civil_rights}, or {@code not_stated}. */
    public String code() {
        return role == null ? NOT_STATED_CODE : role.realmRole();
    }

    public String translationKey() {
        return "role." + code();
    }

    /** The group a comment row's code names, if any. */
    public static Optional<VoterGroup> ofCode(String code) {
        return java.util.Arrays.stream(values()).filter(g -> g.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The group a person votes in, if their roles let them vote at all. */
    public static Optional<VoterGroup> of(PortalUser user) {
        return VOTING.stream().filter(group -> user.hasRole(group.role)).findFirst();
    }
}
