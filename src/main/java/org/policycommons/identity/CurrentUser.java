package org.policycommons.identity;

import java.util.Optional;

import org.policycommons.district.District;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in, read from the security context; the only place that looks there. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The operator signed in through the operator realm, if this session is one. */
    public static Optional<OperatorUser> operator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OperatorUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Whether the session signed in to this district (and so may see its pages). */
    public static boolean isSignedInTo(District district) {
        return get().map(u -> u.districtId() == district.id()).orElse(false);
    }
}
