package org.policycommons.identity.security;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.OperatorUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * A page under {@code /d/{slug}} is served only to a session that signed in to that district's realm. Anyone else
 * is sent to that district's sign-in, and comes back to the page afterwards. A session of another district is ended
 * first, so that its open pages cannot go on working as the new district. An unknown slug passes through, so the
 * portal can say the district does not exist, and so does a deactivated district's, without any sign-in, so that
 * its pages can say it is closed. Pages under {@code /operator} are served only to a session of the operator realm,
 * in the same way. A visitor with no session who opens a district's own address is shown its public home instead
 * (an account is needed to take part, never to read), unless they asked to sign in ({@code ?sign-in}) or to create an
 * account ({@code ?sign-up}, which opens Keycloak's registration form).
 */
class DistrictSessionFilter extends OncePerRequestFilter {

    /** Matched against the decoded path; slugs compare as the database does, ignoring case. */
    static final Pattern DISTRICT_PAGE = Pattern.compile("^/d/([^/]+)(/.*)?$");
    /** The platform operators' pages, outside every district. */
    static final Pattern OPERATOR_PAGE = Pattern.compile("^/operator(/.*)?$");

    /** On a district's address: sign in (rather than read its public home), or create an account first. */
    static final String SIGN_IN = "sign-in";
    static final String SIGN_UP = "sign-up";

    private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

    private final DistrictDirectory districts;
    private final RequestCache requestCache;

    DistrictSessionFilter(DistrictDirectory districts, RequestCache requestCache) {
        this.districts = districts;
        this.requestCache = requestCache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Vaadin's own requests (parameter v-r) are guarded by DistrictLayout; this filter sees page loads.
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = PATHS.getPathWithinApplication(request);
        if (path.equals("/") && CurrentUser.get().isEmpty() && CurrentUser.operator().isEmpty()) {
            // A visitor's first page is the public list of districts, which makes no session (docs/decisions/021).
            String language = request.getParameter("lang");
            response.sendRedirect(request.getContextPath() + "/public"
                    + (language != null && language.matches("[a-z]{2,3}") ? "?lang=" + language : ""));
            return;
        }
        if (OPERATOR_PAGE.matcher(path).matches() && CurrentUser.operator().isEmpty()) {
            // Operator pages need a session of the operator realm.
            signInThrough(OperatorUser.REGISTRATION, request, response);
            return;
        }
        Matcher matcher = DISTRICT_PAGE.matcher(path);
        Optional<District> district = matcher.matches() ? districts.bySlug(matcher.group(1)) : Optional.empty();
        if (district.isPresent() && !district.get().active()) {
            // Nobody signs in to a deactivated district. Its first page, open to anyone, says it is closed; any other
            // page of it leads there (a page that needs a role would otherwise send the visitor to the portal's start).
            if (CurrentUser.isSignedInTo(district.get())) {
                endSession(request);
            }
            if (matcher.group(2) != null && !matcher.group(2).equals("/")) {
                response.sendRedirect(request.getContextPath() + "/d/" + district.get().slug());
                return;
            }
        } else if (district.isPresent() && CurrentUser.isSignedInTo(district.get())
                && (request.getParameter(SIGN_IN) != null || request.getParameter(SIGN_UP) != null)) {
            // Signed in: the page's own address, so that reloading it later never asks for a sign-in or sign-up again.
            response.sendRedirect(request.getContextPath() + path);
            return;
        } else if (district.isPresent() && !CurrentUser.isSignedInTo(district.get())) {
            boolean home = matcher.group(2) == null || matcher.group(2).equals("/");
            // A member whose session an access change just ended signs in again at once (Keycloak's own session
            // makes that silent), as on any other page.
            boolean signingIn = request.getParameter(SIGN_IN) != null || request.getParameter(SIGN_UP) != null
                    || request.getAttribute(AccessChangeFilter.SESSION_ENDED) != null;
            Optional<Cookie> endedBefore = signInAgain(request);
            if (endedBefore.isPresent()) {
                // An open page of this district had its session ended by an access change moments ago.
                signingIn |= endedBefore.get().getValue().equals(district.get().slug());
                forget(endedBefore.get(), request, response);
            }
            if (home && !signingIn && CurrentUser.get().isEmpty() && CurrentUser.operator().isEmpty()) {
                // An account is needed to take part, never to read: a visitor is shown the district's public home,
                // whose "Sign in to take part" comes back here with ?sign-in (docs/decisions/021).
                response.sendRedirect(request.getContextPath() + "/public/" + district.get().slug());
                return;
            }
            signInThrough(district.get().slug() + (request.getParameter(SIGN_UP) != null ? "?" + SIGN_UP : ""),
                    request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The cookie saying that an access change ended a session of this browser moments ago, if it was sent. */
    private static Optional<Cookie> signInAgain(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : java.util.Arrays.stream(cookies)
                .filter(cookie -> cookie.getName().equals(AccessChangeFilter.SIGN_IN_AGAIN_COOKIE)).findFirst();
    }

    /** Forgets that cookie: it serves one page load. */
    private static void forget(Cookie signInAgain, HttpServletRequest request, HttpServletResponse response) {
        Cookie gone = new Cookie(signInAgain.getName(), "");
        gone.setPath(request.getContextPath() + "/d/");
        gone.setMaxAge(0);
        response.addCookie(gone);
    }

    /** Ends any other session, remembers the page, and starts the sign-in of this registration's realm. */
    private void signInThrough(String registration, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (CurrentUser.get().isPresent() || CurrentUser.operator().isPresent()) {
            endSession(request);
        }
        requestCache.saveRequest(request, response);
        response.sendRedirect(request.getContextPath() + "/oauth2/authorization/" + registration);
    }

    private static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
