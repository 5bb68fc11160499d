package org.policycommons.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A sign-in that came back from Keycloak and could not be completed: most often it started on another portal
 * instance (no sticky sessions at the load balancer) or the tab was old. The person gets the portal's translated page
 * with a way to try again; the log says why.
 */
class SignInFailure implements AuthenticationFailureHandler {

    static final String FAILED_PAGE = "/sign-in-failed";
    private static final Logger log = LoggerFactory.getLogger(SignInFailure.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        log.info("A sign-in did not complete: {}", exception.getMessage());
        response.sendRedirect(request.getContextPath() + FAILED_PAGE);
    }
}
