package org.policycommons.member;

import java.util.Locale;
import java.util.Set;

import org.policycommons.identity.PortalRole;

/**
 * What a district admin types to invite someone: their address and name, their roles, the organisation they speak
 * for (civil-rights groups and partners), and the language of the invitation email.
 */
public record Invitation(String email, String firstName, String lastName, Set<PortalRole> roles, String organisation,
                         Locale language) {
}
