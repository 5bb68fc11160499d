/**
 * The district's people, as its district admins manage them from the portal: inviting someone by email with their
 * roles, changing the portal's roles they hold and the organisation they speak for, disabling them, and seeing when
 * they last signed in. Keycloak holds the accounts; every change is written to the audit log.
 */
package org.policycommons.member;
