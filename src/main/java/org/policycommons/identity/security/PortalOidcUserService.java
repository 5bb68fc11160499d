package org.policycommons.identity.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.AccessVersions;
import org.policycommons.identity.FirstSignInRoles;
import org.policycommons.identity.OperatorUser;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.TenantScope;
import org.policycommons.identity.UserSignedIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a district realm's sign-in into a {@link PortalUser}: the district comes from the client registration
 * used (one per realm), the roles from the realm roles in the ID token.
 */
@Component
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The claim the realm template's "realm roles" mapper writes. */
    static final String ROLES_CLAIM = "roles";

    private final OidcUserService delegate = new OidcUserService();
    private final DistrictDirectory districts;
    private final ApplicationEventPublisher events;
    private final AccessVersions accessVersions;
    private final FirstSignInRoles firstSignInRoles;

    PortalOidcUserService(DistrictDirectory districts, ApplicationEventPublisher events, AccessVersions accessVersions,
                          FirstSignInRoles firstSignInRoles) {
        // The user info call, if Keycloak's tokens ever need one, with the sign-in's timeouts.
        delegate.setOauth2UserService(KeycloakHttp.userInfo());
        this.districts = districts;
        this.events = events;
        this.accessVersions = accessVersions;
        this.firstSignInRoles = firstSignInRoles;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidcUser = delegate.loadUser(request);
        String slug = request.getClientRegistration().getRegistrationId();
        if (OperatorUser.REGISTRATION.equals(slug)) {
            return new OperatorUser(oidcUser, stringList(oidcUser.getClaims().get(ROLES_CLAIM)));
        }
        District district = districts.bySlug(slug).filter(District::active).orElseThrow(() ->
                new OAuth2AuthenticationException(new OAuth2Error("unknown_district", "No active district " + slug, null)));
        Set<PortalRole> roles = rolesOf(oidcUser.getClaims());
        String subject = oidcUser.getSubject();
        if (roles.isEmpty()) {
            // E.g. someone who created their own account: the district's sign-up rules say what they may do.
            roles = EnumSet.noneOf(PortalRole.class);
            roles.addAll(TenantScope.callAs(district.id(), () -> firstSignInRoles.grant(district, subject)));
        }
        Set<PortalRole> granted = roles;
        TenantScope.runAs(district.id(), () -> events.publishEvent(new UserSignedIn(district.id(), subject,
                oidcUser.getEmail(), granted)));
        // Read after the sign-in is recorded: the roles in this token are as of this version, or newer.
        return new PortalUser(oidcUser, district.id(), district.slug(), granted,
                accessVersions.current(district.id(), subject).orElse(-1));
    }

    static Set<PortalRole> rolesOf(Map<String, Object> claims) {
        Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        for (String name : stringList(claims.get(ROLES_CLAIM))) {
            PortalRole.fromRealmRole(name).ifPresent(roles::add);
        }
        return roles;
    }

    private static List<String> stringList(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
