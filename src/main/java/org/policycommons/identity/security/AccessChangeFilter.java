package org.policycommons.identity.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
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

    /** Set on a request whose session this filter ended: its page goes on to the sign-in, not the public home. */
    static final String SESSION_ENDED = AccessChangeFilter.class.getName() + ".ended";
    /**
     * The same, for the page loads that follow a request of an open page whose session this filter ended (that page
     * reloading itself, or the person's next page): a short-lived cookie naming the district, read and cleared by
     * {@link DistrictSessionFilter}. Without it the district's own address would show its public home.
     */
    static final String SIGN_IN_AGAIN_COOKIE = "PC_SIGN_IN_AGAIN";
    private static final int SIGN_IN_AGAIN_SECONDS = 300;

    private final AccessVersions versions;

    AccessChangeFilter(AccessVersions versions) {
        this.versions = versions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Static files carry no rights; everything else, Vaadin's own requests and push included, is checked.
        String uri = request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/VAADIN/") && !uri.startsWith(request.getContextPath() + "/VAADIN/push");
    }

    /** A request of an open page (Vaadin's round trips, push), not a page load. */
    private static boolean fromAnOpenPage(HttpServletRequest request) {
        return request.getParameter("v-r") != null
                || request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/push");
    }

    /**
     * Tells an open page that its session is over (Vaadin then loads the page again, into the sign-in), without making
     * a new session: a session made here, by a page the person is leaving, would replace the cookie of the sign-in
     * that their next page has begun, which would then fail ("authorization request not found").
     */
    private static void sessionOver(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("for(;;);[{\"meta\":{\"sessionExpired\":true}}]");
    }

    private static void signInAgain(HttpServletRequest request, HttpServletResponse response, String slug) {
        Cookie cookie = new Cookie(SIGN_IN_AGAIN_COOKIE, slug);
        cookie.setPath(request.getContextPath() + "/d/");
        cookie.setMaxAge(SIGN_IN_AGAIN_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnOpenPage(request) && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            sessionOver(response);
            return;
        }
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
                request.setAttribute(SESSION_ENDED, Boolean.TRUE);
                if (current.isPresent()) {
                    signInAgain(request, response, signedIn.districtSlug());
                }
                if (fromAnOpenPage(request)) {
                    sessionOver(response);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
