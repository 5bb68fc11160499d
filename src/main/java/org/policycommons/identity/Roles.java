package org.policycommons.identity;

/** Role names as constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {
    public static final String FAMILY = "family";
    public static final String STUDENT = "student";
    public static final String EDUCATOR = "educator";
    public static final String CIVIL_RIGHTS = "civil_rights";
    public static final String PARTNER = "partner";
    public static final String BOARD = "board";
    public static final String DISTRICT_ADMIN = "district_admin";
    public static final String MODERATOR = "moderator";
    /** Of the operator realm, not of any district: runs the platform. */
    public static final String PLATFORM_ADMIN = "platform_admin";

    private Roles() {
    }
}
