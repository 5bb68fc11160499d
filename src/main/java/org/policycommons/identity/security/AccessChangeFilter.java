package org.policycommons.identity.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.policycommons.identity.AccessVersions;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a district admin's change to someone's roles take effect at that person's next request: a session that
 * signed in under an older {@link AccessVersions access version} is ended before the request is served. A page load
 * then goes through sign-in again ({@link DistrictSessionFilter}), which Keycloak answers at once while its own
 * session lasts, with the roles as they are now; a disabled person is refused there. A request from an open page
 * finds its session gone, and the page reloads into the same sign-in. Every session of a deactivated district is
 * ended the same way, and its pages then say that it is closed.
 */
class AccessChangeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessChangeFilter.class);

    private final AccessVersions versions;

    AccessChangeFilter(AccessVersions versions) {
        this.versions = versions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Static files carry no rights; everything else, Vaadin's own requests included, is checked.
        return request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PortalUser> user = CurrentUser.get();
        if (user.isPresent()) {
            PortalUser signedIn = user.get();
            java.util.OptionalInt current = versions.current(signedIn.districtId(), signedIn.subject());
            if (current.isEmpty() || current.getAsInt() != signedIn.accessVersion()) {
                log.info("Ending a session of district {}: {}", signedIn.districtSlug(),
                        current.isEmpty() ? "the district is deactivated" : "its access changed since sign-in");
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
