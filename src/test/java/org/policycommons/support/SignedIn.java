package org.policycommons.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policycommons.district.District;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Puts a signed-in person of a district on the current thread, as the OIDC sign-in would, for service tests. */
public final class SignedIn {

    private SignedIn() {
    }

    public static PortalUser as(District district, String subject, String name, PortalRole... roles) {
        return withClaims(district, subject, Map.of("name", name), roles);
    }

    /** A member of an organisation (civil-rights group or partner agency), as the realm's attribute says. */
    public static PortalUser forOrganisation(District district, String subject, String name, String organisation,
                                             PortalRole... roles) {
        return withClaims(district, subject, Map.of("name", name, PortalUser.ORGANISATION_CLAIM, organisation), roles);
    }

    private static PortalUser withClaims(District district, String subject, Map<String, Object> extra,
                                         PortalRole... roles) {
        OidcIdToken token = OidcIdToken.withTokenValue("token").subject(subject)
                .claims(claims -> claims.putAll(extra))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600)).build();
        PortalUser user = new PortalUser(new DefaultOidcUser(List.of(), token), district.id(), district.slug(),
                Set.of(roles));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null,
                user.getAuthorities().stream().map(a -> a.getAuthority()).toArray(String[]::new)));
        return user;
    }

    /** A platform operator, signed in through the operator realm, with or without {@code platform_admin}. */
    public static org.policycommons.identity.OperatorUser asOperator(boolean platformAdmin) {
        OidcIdToken token = OidcIdToken.withTokenValue("test").subject("operator-test").claim("name", "Olivia Grant")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600)).build();
        org.policycommons.identity.OperatorUser user = new org.policycommons.identity.OperatorUser(
                new DefaultOidcUser(List.of(), token), platformAdmin ? List.of("platform_admin") : List.of());
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null,
                user.getAuthorities().stream().map(a -> a.getAuthority()).toArray(String[]::new)));
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
