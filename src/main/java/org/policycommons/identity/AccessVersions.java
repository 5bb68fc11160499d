package org.policycommons.identity;

/**
 * How many times a district admin has changed a person's access (roles, or disabled). A session remembers the
 * value it signed in under; once the value has moved on, the session is ended at its next request, and the next
 * sign-in carries the roles as they are now. A deactivated district admits nobody at all.
 */
public interface AccessVersions {

    /**
     * The person's current value in this district (0 for someone the portal has no record of), or empty if the
     * district is deactivated, or gone.
     */
    java.util.OptionalInt current(long districtId, String subject);
}
