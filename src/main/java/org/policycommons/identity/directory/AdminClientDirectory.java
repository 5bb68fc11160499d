package org.policycommons.identity.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RoleResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.DirectoryPerson;
import org.policycommons.identity.KeycloakDirectory;
import org.policycommons.identity.KeycloakProperties;
import org.policycommons.identity.KeycloakServer;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.RealmHealth;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Reads a district's realm through the Keycloak admin client, signed in as the portal client's own service account
 * in that realm (client credentials). That account holds realm-management's view-users and view-realm, both
 * read-only, so a leaked portal secret cannot change anyone's account. A realm's health, for the operators' list, is
 * asked through the platform account instead.
 */
@Component
class AdminClientDirectory implements KeycloakDirectory, RealmHealth, DisposableBean {

    private static final int PAGE = 200;

    private final DistrictDirectory districts;
    private final KeycloakServer server;
    private final KeycloakProperties properties;
    private final Map<String, Keycloak> clients = new ConcurrentHashMap<>();
    private final org.policycommons.identity.PlatformKeycloak platform;

    AdminClientDirectory(DistrictDirectory districts, KeycloakServer server, KeycloakProperties properties,
                         org.policycommons.identity.PlatformKeycloak platform) {
        this.districts = districts;
        this.platform = platform;
        this.server = server;
        this.properties = properties;
    }

    @Override
    public List<DirectoryPerson> holdersOf(PortalRole role) {
        String realm = currentRealm();
        try {
            RoleResource members = client(realm).realm(realm).roles().get(role.realmRole());
            List<DirectoryPerson> people = new ArrayList<>();
            for (int first = 0; ; first += PAGE) {
                // Full representations: the brief ones leave out the attributes, and with them the chosen locale.
                List<UserRepresentation> page = members.getUserMembers(false, first, PAGE);
                page.stream().filter(u -> Boolean.TRUE.equals(u.isEnabled())).map(AdminClientDirectory::person)
                        .forEach(people::add);
                if (page.size() < PAGE) {
                    return people;
                }
            }
        } catch (ProcessingException | WebApplicationException e) {
            throw new DirectoryUnavailable("Keycloak did not list the " + role.realmRole() + " users of realm "
                    + realm + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Identity> identify(String subject) {
        String realm = currentRealm();
        try {
            UserRepresentation user = client(realm).realm(realm).users().get(subject).toRepresentation();
            String name = String.join(" ", Optional.ofNullable(user.getFirstName()).orElse(""),
                    Optional.ofNullable(user.getLastName()).orElse("")).strip();
            return Optional.of(new Identity(name, user.getUsername(), user.getEmail()));
        } catch (jakarta.ws.rs.NotFoundException gone) {
            return Optional.empty();
        } catch (ProcessingException | WebApplicationException e) {
            throw new DirectoryUnavailable("Keycloak did not say who " + subject + " is in realm " + realm + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Asked through the platform account, not the realm's own service account: a deactivated district's realm is
     * disabled, and then issues no token to its own accounts.
     */
    @Override
    public RealmStatus check(String realm) {
        try {
            org.keycloak.admin.client.resource.RealmResource resource = platform.client().realm(realm);
            boolean enabled = Boolean.TRUE.equals(resource.toRepresentation().isEnabled());
            return new RealmStatus(enabled ? State.AVAILABLE : State.DISABLED, (long) resource.users().count(), null);
        } catch (ProcessingException | WebApplicationException e) {
            return new RealmStatus(State.UNREACHABLE, null, e.getMessage());
        }
    }

    private String currentRealm() {
        return districts.byId(CurrentDistrict.require())
                .orElseThrow(() -> new IllegalStateException("The district in scope is not registered"))
                .keycloakRealm();
    }

    private Keycloak client(String realm) {
        return clients.computeIfAbsent(realm, r -> org.policycommons.identity.KeycloakClients.builder(server.backchannelUrl())
                .realm(r)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .build());
    }

    private static DirectoryPerson person(UserRepresentation user) {
        Optional<Locale> locale = Optional.ofNullable(user.getAttributes())
                .map(attributes -> attributes.get("locale"))
                .filter(values -> !values.isEmpty())
                .map(values -> Locale.forLanguageTag(values.getFirst()));
        return new DirectoryPerson(user.getId(), Optional.ofNullable(user.getEmail()).filter(e -> !e.isBlank()), locale);
    }

    @Override
    public void destroy() {
        clients.values().forEach(Keycloak::close);
        clients.clear();
    }
}
