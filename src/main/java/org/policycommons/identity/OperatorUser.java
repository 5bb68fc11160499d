package org.policycommons.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the operator realm, not any district's. Such a session belongs to no district: it
 * reaches the operator pages under {@code /operator} and no district page, and it is a platform admin only if the
 * operator realm gave it that role.
 */
public final class OperatorUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The client registration (and login path) of the operator realm; no district may take this slug. */
    public static final String REGISTRATION = "operator";

    private final OidcUser oidcUser;
    private final boolean platformAdmin;

    public OperatorUser(OidcUser oidcUser, Collection<String> realmRoles) {
        this.oidcUser = oidcUser;
        this.platformAdmin = realmRoles.contains(Roles.PLATFORM_ADMIN);
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public String subject() {
        return oidcUser.getSubject();
    }

    /** The name to show and to record in the audit log. */
    public String displayName() {
        String name = oidcUser.getFullName();
        return name != null && !name.isBlank() ? name : oidcUser.getPreferredUsername();
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidcUser.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidcUser.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidcUser.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidcUser.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return platformAdmin ? List.of(new SimpleGrantedAuthority("ROLE_" + Roles.PLATFORM_ADMIN)) : List.of();
    }

    @Override
    public String getName() {
        return oidcUser.getName();
    }
}
