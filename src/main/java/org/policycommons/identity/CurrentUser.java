package org.policycommons.identity;

import java.util.Optional;

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

    /** Whether the session signed in to the district with this slug (and so may see its pages). */
    public static boolean isSignedInTo(String districtSlug) {
        return get().map(u -> u.districtSlug().equals(districtSlug)).orElse(false);
    }
}
