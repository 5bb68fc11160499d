package org.policycommons.member;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.policycommons.audit.AuditLog;
import org.policycommons.common.EmailAddresses;
import org.policycommons.district.District;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.KeycloakProperties;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.Roles;
import org.policycommons.limit.AbuseLimits;
import org.policycommons.limit.LimitedAction;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A district admin's management of the district's people, in the district's own Keycloak realm and nowhere else:
 * the realm is always the signed-in admin's, so a person of another district is simply not found there. Keycloak is
 * reached through the portal's platform account (docs/decisions/013). Each change raises the person's access version
 * first, on its own, so that their open sessions end at their next request whatever happens next; then writes its
 * audit entry and changes Keycloak in one transaction, which commits only once Keycloak has taken the change (a
 * failed step undoes the steps before it); and raises the version again afterwards.
 */
@Service
@PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
public class MemberService {

    private final AbuseLimits limits;

    private static final Logger log = LoggerFactory.getLogger(MemberService.class);
    private static final int INVITATION_HOURS = 72;
    private static final String ORGANISATION_ATTRIBUTE = PortalUser.ORGANISATION_CLAIM;
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    private static final int NAME_LIMIT = 100;
    private static final int ORGANISATION_LIMIT = 200;

    private final DistrictRealms realms;
    private final KeycloakProperties keycloak;
    private final ParticipantService participants;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    MemberService(DistrictRealms realms, KeycloakProperties keycloak,
                  ParticipantService participants, AuditLog audit, TransactionTemplate transactions,
                  AbuseLimits limits) {
        this.limits = limits;
        this.transactions = transactions;
        this.realms = realms;
        this.keycloak = keycloak;
        this.participants = participants;
        this.audit = audit;
    }

    /** One page of the district's people whose name, username or email contains the search text, by username. */
    public List<Member> page(String search, int first, int max) {
        RealmResource realm = realms.currentRealm();
        List<UserRepresentation> users = Accounts.call(() -> realm.users().search(searchText(search), first, max, false));
        Map<String, Participant> known = participants.bySubjects(users.stream().map(UserRepresentation::getId).toList());
        List<Member> page = new ArrayList<>(users.size());
        for (UserRepresentation user : users) {
            // Keycloak's admin API has no role lookup for many users at once: one request per person on the page.
            Set<PortalRole> roles = Accounts.call(() -> portalRoles(realm.users().get(user.getId())));
            page.add(member(user, roles, Optional.ofNullable(known.get(user.getId()))));
        }
        return page;
    }

    /** How many people match the search. */
    public int count(String search) {
        RealmResource realm = realms.currentRealm();
        return Accounts.call(() -> realm.users().count(searchText(search)));
    }

    /** One person of this district; another district's person is refused as not found here. */
    public Member get(String memberId) {
        Found found = find(memberId);
        return member(found.user(), Accounts.call(() -> portalRoles(found.resource())),
                Optional.ofNullable(participants.bySubjects(List.of(memberId)).get(memberId)));
    }

    /**
     * Creates the person's account with these roles and has Keycloak email them an invitation to set a password.
     * If the invitation cannot be sent, the account is deleted again, so nobody is half invited. The entry in the
     * audit log is written once the account exists, in a transaction that commits only if the rest succeeded.
     */
    public Member invite(Invitation invitation) {
        String email = EmailAddresses.normalised(invitation.email())
                .orElseThrow(() -> new MemberRuleViolation("member.error.email-invalid"));
        String firstName = strip(invitation.firstName());
        String lastName = strip(invitation.lastName());
        if (firstName.isEmpty() || lastName.isEmpty()) {
            throw new MemberRuleViolation("member.error.name-required");
        }
        if (firstName.length() > NAME_LIMIT || lastName.length() > NAME_LIMIT) {
            throw new MemberRuleViolation("member.error.name-too-long", NAME_LIMIT);
        }
        Set<PortalRole> roles = checkedRoles(invitation.roles());
        Optional<String> organisation = checkedOrganisation(roles, invitation.organisation());
        // Counted at once, not in a transaction: an invitation Keycloak could not send still counts.
        limits.count(LimitedAction.INVITATION);
        District district = realms.current();
        Locale language = district.languages().stream()
                .filter(l -> invitation.language() != null && l.getLanguage().equals(invitation.language().getLanguage()))
                .findFirst().orElse(district.languages().getFirst());
        RealmResource realm = realms.of(district);
        boolean taken = Accounts.call(() -> !realm.users().searchByEmail(email, true).isEmpty()
                || !realm.users().searchByUsername(email, true).isEmpty());
        if (taken) {
            throw new MemberRuleViolation("member.error.exists", email);
        }

        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setRequiredActions(List.of(UPDATE_PASSWORD));
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put("locale", List.of(language.getLanguage()));
        organisation.ifPresent(name -> attributes.put(ORGANISATION_ATTRIBUTE, List.of(name)));
        user.setAttributes(attributes);
        String id;
        try (Response created = Accounts.call(() -> realm.users().create(user))) {
            if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new MemberRuleViolation("member.error.exists", email);
            }
            id = CreatedResponseUtil.getCreatedId(created);
        } catch (WebApplicationException refused) {
            throw new MemberRuleViolation("member.error.keycloak-refused", refused.getResponse().getStatus());
        }
        try {
            transactions.executeWithoutResult(status -> {
                // A student is known to the log by their account's id only: the board reads the log.
                audit.record("member.invited", null, null, new Audited(roles.contains(PortalRole.STUDENT) ? id
                        : firstName + " " + lastName + " <" + email + ">", roleNames(roles), organisation.orElse(null), true));
                realm.users().get(id).roles().realmLevel().add(representations(realm, roles));
                // Keycloak's email: a link to set a password, which also confirms the address, valid for three days.
                realm.users().get(id).executeActionsEmail(keycloak.clientId(), null, INVITATION_HOURS * 3600,
                        List.of(UPDATE_PASSWORD));
            });
        } catch (RuntimeException failed) {
            boolean removed = removeUser(realm, id);
            log.warn("Inviting account {} to {} failed; account removed: {}", id, district.slug(), removed, failed);
            throw new MemberRuleViolation("member.error.invitation-failed", String.valueOf(failed.getMessage()));
        }
        log.info("Account {} invited to district {} as {}", id, district.slug(), roleNames(roles));
        boolean student = roles.contains(PortalRole.STUDENT);
        return new Member(id, student ? "" : firstName + " " + lastName, student ? "" : email, student, true,
                roles, organisation, Optional.empty(), true);
    }

    /**
     * Sets the portal's roles the person holds, and the organisation they speak for. Keycloak's own roles are left
     * as they are. An admin may not take away their own admin role while nobody else could administer the district.
     */
    public Member update(String memberId, Set<PortalRole> requested, String organisationTyped) {
        Found lookedUp = find(memberId);
        UserResource user = lookedUp.resource();
        UserRepresentation found = lookedUp.user();
        Set<PortalRole> before = Accounts.call(() -> portalRoles(user));
        Set<PortalRole> roles = checkedRoles(requested);
        Optional<String> organisation = checkedOrganisation(roles, organisationTyped);
        Optional<String> organisationBefore = organisationOf(found);
        if (isSelf(memberId) && before.contains(PortalRole.DISTRICT_ADMIN) && !roles.contains(PortalRole.DISTRICT_ADMIN)
                && !anotherEnabledAdmin(memberId)) {
            throw new MemberRuleViolation("member.error.last-admin");
        }
        if (before.equals(roles) && organisationBefore.equals(organisation)) {
            return get(memberId);
        }
        RealmResource realm = realms.currentRealm();
        participants.accessChanged(memberId);
        transactions.executeWithoutResult(status -> {
            audit.record("member.updated", null, new Audited(null, roleNames(before), organisationBefore.orElse(null), null),
                    new Audited(Accounts.audited(memberId, found, before.contains(PortalRole.STUDENT)
                            || roles.contains(PortalRole.STUDENT) || Accounts.pendingStudent(found)), roleNames(roles),
                            organisation.orElse(null), null));
            Accounts.call(() -> {
                applyRoles(realm, user, before, roles, organisation);
                return null;
            });
        });
        // Again once Keycloak has the new roles: a sign-in that read the first value with a token issued before the
        // change cannot keep its old roles either.
        participants.accessChanged(memberId);
        return get(memberId);
    }

    /**
     * The roles and organisation into Keycloak, step by step; if a step fails, the steps before it are undone, so
     * that the person is left as they were and the refusal ("nothing was changed") is true.
     */
    private void applyRoles(RealmResource realm, UserResource user, Set<PortalRole> before, Set<PortalRole> roles,
                            Optional<String> organisation) {
        Set<PortalRole> added = EnumSet.noneOf(PortalRole.class);
        added.addAll(roles);
        added.removeAll(before);
        Set<PortalRole> removed = EnumSet.noneOf(PortalRole.class);
        removed.addAll(before);
        removed.removeAll(roles);
        List<Runnable> undo = new ArrayList<>();
        try {
            if (!added.isEmpty()) {
                user.roles().realmLevel().add(representations(realm, added));
                undo.add(() -> user.roles().realmLevel().remove(representations(realm, added)));
            }
            if (!removed.isEmpty()) {
                user.roles().realmLevel().remove(representations(realm, removed));
                undo.add(() -> user.roles().realmLevel().add(representations(realm, removed)));
            }
            // Read again just before writing, so that nothing another admin changed meanwhile is written back.
            UserRepresentation current = user.toRepresentation();
            if (!organisationOf(current).equals(organisation)) {
                Map<String, List<String>> attributes = new HashMap<>(
                        current.getAttributes() == null ? Map.of() : current.getAttributes());
                organisation.ifPresentOrElse(name -> attributes.put(ORGANISATION_ATTRIBUTE, List.of(name)),
                        () -> attributes.remove(ORGANISATION_ATTRIBUTE));
                current.setAttributes(attributes);
                user.update(current);
            }
        } catch (RuntimeException failed) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                try {
                    undo.get(i).run();
                } catch (RuntimeException alsoFailed) {
                    log.warn("Could not undo a role change in Keycloak", alsoFailed);
                }
            }
            throw failed;
        }
    }

    /**
     * Disables the person, ending their Keycloak sessions and, at its next request, their portal session; or enables
     * them again. Nothing they wrote is touched. An admin cannot disable themselves.
     */
    public Member setEnabled(String memberId, boolean enabled) {
        Found lookedUp = find(memberId);
        UserResource user = lookedUp.resource();
        UserRepresentation found = lookedUp.user();
        if (!enabled && isSelf(memberId)) {
            throw new MemberRuleViolation("member.error.disable-self");
        }
        if (!enabled) {
            // First of all, and even if Keycloak already shows them disabled (say, after a half-failed attempt).
            participants.accessChanged(memberId);
        }
        if (Boolean.TRUE.equals(found.isEnabled()) != enabled) {
            boolean student = Accounts.call(() -> portalRoles(user)).contains(PortalRole.STUDENT)
                    || Accounts.pendingStudent(found);
            transactions.executeWithoutResult(status -> {
                audit.record(enabled ? "member.enabled" : "member.disabled", null, new Audited(null, null, null, !enabled),
                        new Audited(Accounts.audited(memberId, found, student), null, null, enabled));
                Accounts.call(() -> {
                    UserRepresentation current = user.toRepresentation();
                    current.setEnabled(enabled);
                    user.update(current);
                    return null;
                });
            });
        }
        if (!enabled) {
            try {
                user.logout(); // their Keycloak sessions; the portal's end through the access version
            } catch (RuntimeException notEnded) {
                log.warn("Could not end the Keycloak sessions of account {}: {}", memberId, notEnded.getMessage());
            }
        }
        return get(memberId);
    }

    /**
     * What the audit log keeps of a change: who it concerns (only on the "after" side, so that the log shows it as
     * a change alongside the values that changed), their roles, organisation and whether they may sign in.
     */
    record Audited(String member, String roles, String organisation, Boolean enabled) {
    }

    private Set<PortalRole> checkedRoles(Set<PortalRole> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new MemberRuleViolation("member.error.role-required");
        }
        return EnumSet.copyOf(requested);
    }

    /** Required for civil-rights groups and partners, whose comments show it; not kept for anyone else. */
    private static Optional<String> checkedOrganisation(Set<PortalRole> roles, String typed) {
        if (roles.stream().noneMatch(Member.ORGANISATION_ROLES::contains)) {
            return Optional.empty();
        }
        String organisation = strip(typed);
        if (organisation.isEmpty()) {
            throw new MemberRuleViolation("member.error.organisation-required");
        }
        if (organisation.length() > ORGANISATION_LIMIT) {
            throw new MemberRuleViolation("member.error.organisation-too-long", ORGANISATION_LIMIT);
        }
        return Optional.of(organisation);
    }

    private boolean anotherEnabledAdmin(String memberId) {
        RealmResource realm = realms.currentRealm();
        return Accounts.call(() -> realm.roles().get(Roles.DISTRICT_ADMIN).getUserMembers(true, 0, 1000).stream()
                .anyMatch(admin -> !admin.getId().equals(memberId) && Boolean.TRUE.equals(admin.isEnabled())));
    }

    private static boolean isSelf(String memberId) {
        return CurrentUser.get().map(PortalUser::subject).filter(memberId::equals).isPresent();
    }

    /** The person in this district's realm, as Keycloak holds them now. */
    private record Found(UserResource resource, UserRepresentation user) {
    }

    /** The person in this district's realm; an id from another realm, or a made-up one, is not found. */
    private Found find(String memberId) {
        if (memberId == null || memberId.isBlank()) {
            throw new MemberRuleViolation("member.error.not-in-district");
        }
        UserResource user = realms.currentRealm().users().get(memberId);
        return Accounts.call(() -> {
            try {
                return new Found(user, user.toRepresentation());
            } catch (NotFoundException notHere) {
                throw new MemberRuleViolation("member.error.not-in-district");
            }
        });
    }

    private static Set<PortalRole> portalRoles(UserResource user) {
        Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        user.roles().realmLevel().listAll().forEach(role -> PortalRole.fromRealmRole(role.getName()).ifPresent(roles::add));
        return roles;
    }

    private static List<RoleRepresentation> representations(RealmResource realm, Set<PortalRole> roles) {
        return roles.stream().map(role -> realm.roles().get(role.realmRole()).toRepresentation()).toList();
    }

    private static Member member(UserRepresentation user, Set<PortalRole> roles, Optional<Participant> known) {
        boolean pending = user.getRequiredActions() != null && user.getRequiredActions().contains(UPDATE_PASSWORD);
        boolean student = roles.contains(PortalRole.STUDENT) || Accounts.pendingStudent(user);
        return new Member(user.getId(), student ? "" : Accounts.fullName(user),
                student ? "" : Optional.ofNullable(user.getEmail()).orElse(""), student,
                Boolean.TRUE.equals(user.isEnabled()), roles, organisationOf(user),
                known.flatMap(Participant::lastSignIn), pending);
    }

    private static Optional<String> organisationOf(UserRepresentation user) {
        return Accounts.attribute(user, ORGANISATION_ATTRIBUTE);
    }

    private static String roleNames(Set<PortalRole> roles) {
        return String.join(", ", new TreeSet<>(roles.stream().map(PortalRole::realmRole).toList()));
    }

    private static boolean removeUser(RealmResource realm, String id) {
        try (Response deleted = realm.users().delete(id)) {
            return deleted.getStatus() / 100 == 2;
        } catch (ProcessingException | WebApplicationException e) {
            return false;
        }
    }

    private static String searchText(String search) {
        String text = strip(search);
        return text.isEmpty() ? null : text;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
