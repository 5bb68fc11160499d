package org.policycommons.member;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.keycloak.representations.idm.UserRepresentation;

/** Small helpers for the accounts of a district's realm, shared by the member services. */
final class Accounts {

    private Accounts() {
    }

    /** A Keycloak call, its failures said in the admin's language. */
    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException unavailable) {
            throw new MemberRuleViolation("member.error.keycloak-unavailable", String.valueOf(unavailable.getMessage()));
        } catch (WebApplicationException refused) {
            throw new MemberRuleViolation("member.error.keycloak-refused", refused.getResponse().getStatus());
        }
    }

    /** "First Last", or the username when the account has no name. */
    static String fullName(UserRepresentation user) {
        String name = String.join(" ", Optional.ofNullable(user.getFirstName()).orElse(""),
                Optional.ofNullable(user.getLastName()).orElse("")).strip();
        return name.isEmpty() ? user.getUsername() : name;
    }

    /** An attribute's first value, trimmed, if it has a non-empty one. */
    static Optional<String> attribute(UserRepresentation user, String name) {
        return Optional.ofNullable(user.getAttributes()).map(attributes -> attributes.get(name))
                .filter(values -> !values.isEmpty()).map(List::getFirst).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Whether the person registered claiming to be a student, and waits for verification. */
    static boolean pendingStudent(UserRepresentation user) {
        return attribute(user, SelfRegistration.CLAIM).filter("student"::equals).isPresent()
                && attribute(user, SelfRegistration.STATUS).filter("pending"::equals).isPresent();
    }

    /** How the audit log names a person: "Name <address>", or for a student, whom the board must not identify, the id. */
    static String audited(String memberId, UserRepresentation user, boolean student) {
        return student ? memberId
                : fullName(user) + " <" + Optional.ofNullable(user.getEmail()).orElse(user.getUsername()) + ">";
    }
}
