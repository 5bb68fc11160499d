package org.policycommons.identity.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentUser;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page under {@code /d/{slug}} is served only to a session that signed in to that district's realm. Anyone else,
 * signed in elsewhere or not at all, is sent to that district's sign-in, and comes back to the page afterwards.
 * An unknown slug passes through, so the portal can say the district does not exist.
 */
class DistrictSessionFilter extends OncePerRequestFilter {

    static final Pattern DISTRICT_PAGE = Pattern.compile("^/d/([a-z0-9][a-z0-9-]*)(/.*)?$");

    private final DistrictDirectory districts;
    private final RequestCache requestCache;

    DistrictSessionFilter(DistrictDirectory districts, RequestCache requestCache) {
        this.districts = districts;
        this.requestCache = requestCache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Vaadin's own requests (v-r=...) are checked by the view layer; only page loads are redirected here.
        String query = request.getQueryString();
        return !"GET".equals(request.getMethod()) || (query != null && query.contains("v-r="));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = DISTRICT_PAGE.matcher(path);
        if (matcher.matches()) {
            String slug = matcher.group(1);
            if (!CurrentUser.isSignedInTo(slug) && districts.bySlug(slug).isPresent()) {
                requestCache.saveRequest(request, response);
                response.sendRedirect(request.getContextPath() + "/oauth2/authorization/" + slug);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
