package org.policycommons.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in person, as one district's realm vouched for them. A session holds exactly one of these, so it
 * belongs to exactly one district: the tenant of every query made for it.
 */
public final class PortalUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcUser oidcUser;
    private final long districtId;
    private final String districtSlug;
    private final Set<PortalRole> roles;
    private final int accessVersion;

    public PortalUser(OidcUser oidcUser, long districtId, String districtSlug, Set<PortalRole> roles) {
        this(oidcUser, districtId, districtSlug, roles, 0);
    }

    /** @param accessVersion the person's {@link AccessVersions access version} at this sign-in */
    public PortalUser(OidcUser oidcUser, long districtId, String districtSlug, Set<PortalRole> roles,
                      int accessVersion) {
        this.oidcUser = kept(oidcUser);
        this.districtId = districtId;
        this.districtSlug = districtSlug;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.accessVersion = accessVersion;
    }

    /** The claim the realm template's "organisation" mapper writes. */
    public static final String ORGANISATION_CLAIM = "organization_name";

    /**
     * The claims the portal reads of a person, and the token to end their Keycloak session with at sign-out: what
     * the session keeps of the sign-in. Keycloak's whole ID token and user info, each claim kept three times over
     * (token, user info, attributes), would be kilobytes more in every session (docs/decisions/031).
     */
    private static final Set<String> KEPT_CLAIMS = Set.of(StandardClaimNames.SUB, StandardClaimNames.NAME,
            StandardClaimNames.PREFERRED_USERNAME, StandardClaimNames.EMAIL, StandardClaimNames.LOCALE,
            IdTokenClaimNames.ISS, "sid", ORGANISATION_CLAIM);

    private static OidcUser kept(OidcUser signedIn) {
        Map<String, Object> claims = new HashMap<>();
        KEPT_CLAIMS.forEach(name -> {
            Object value = signedIn.getClaims().get(name);
            if (value != null) {
                claims.put(name, value);
            }
        });
        OidcIdToken token = signedIn.getIdToken();
        if (token == null) {
            return signedIn;
        }
        return new DefaultOidcUser(List.of(), new OidcIdToken(token.getTokenValue(), token.getIssuedAt(),
                token.getExpiresAt(), claims), null, StandardClaimNames.SUB);
    }

    /** The access version this session signed in under; a newer one means its roles are out of date. */
    public int accessVersion() {
        return accessVersion;
    }

    public long districtId() {
        return districtId;
    }

    public String districtSlug() {
        return districtSlug;
    }

    /** Keycloak's stable id for the person in this realm ({@code sub}). */
    public String subject() {
        return oidcUser.getSubject();
    }

    public Set<PortalRole> roles() {
        return roles;
    }

    public boolean hasRole(PortalRole role) {
        return roles.contains(role);
    }

    /** The name to greet the person with; never shown to others for students (they appear by pseudonym). */
    public String displayName() {
        String name = oidcUser.getFullName();
        if (name == null || name.isBlank()) {
            name = oidcUser.getPreferredUsername();
        }
        return name == null ? subject() : name;
    }

    /**
     * The organisation a civil-rights group's or partner agency's member speaks for, from the realm's
     * {@code organization_name} user attribute (claim of the same name), if the realm records one.
     */
    public java.util.Optional<String> organisation() {
        return java.util.Optional.ofNullable(oidcUser.getClaimAsString(ORGANISATION_CLAIM)).map(String::strip)
                .filter(name -> !name.isEmpty());
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
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getName() {
        return oidcUser.getName();
    }
}
