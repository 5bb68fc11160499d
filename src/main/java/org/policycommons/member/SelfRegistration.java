package org.policycommons.member;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.policycommons.audit.AuditLog;
import org.policycommons.district.District;
import org.policycommons.common.Translations;
import org.policycommons.identity.RealmLanguages;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.identity.CurrentUser;
import org.policycommons.identity.FirstSignInRoles;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.PortalUser;
import org.policycommons.identity.RealmMail;
import org.policycommons.identity.Roles;
import org.policycommons.limit.AbuseLimits;
import org.policycommons.participant.ParticipantService;

import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPAttributePermissions;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration, per district and off by default. A district admin opens it: Keycloak's sign-in page then offers
 * "Register", with a choice of how the person takes part and an email check. Someone who registers as a family
 * member is a family member at their first sign-in. Someone who claims to be a student, educator, civil-rights group
 * or law-enforcement partner waits in a verification queue, with a family member's rights or none until then, as the
 * district chose (a student always with none: a family member's comments carry their name); an admin approves the claim (the role replaces the waiting rights) or rejects it with a reason,
 * which the person reads on their home page. The claim and its state are user attributes in the district's realm,
 * declared in its user profile when registration is first opened (docs/decisions/015).
 */
@Service
public class SelfRegistration implements FirstSignInRoles {

    private final AbuseLimits limits;

    private static final Logger log = LoggerFactory.getLogger(SelfRegistration.class);
    static final String REQUESTED_ROLE = "requested_role";
    /** The claim as it stood at the first sign-in, kept where only admins can change it. */
    static final String CLAIM = "verification_claim";
    static final String STATUS = "verification_status";
    static final String REASON = "verification_reason";
    static final String WHILE_WAITING = "policy-commons.while-waiting";
    private static final String PENDING = "pending";
    private static final String APPROVED = "approved";
    private static final String REJECTED = "rejected";
    private static final String GRANTED = "granted";
    private static final int REASON_LIMIT = 500;
    /** The roles a person may claim when registering, which an admin must verify. */
    public static final Set<PortalRole> CLAIMABLE = EnumSet.of(PortalRole.STUDENT, PortalRole.EDUCATOR,
            PortalRole.CIVIL_RIGHTS, PortalRole.PARTNER);

    /** What a person who claimed a role may do until an admin has verified it. */
    public enum WhileWaiting { FAMILY, NONE }

    public record Settings(boolean open, WhileWaiting whileWaiting) {
    }

    /** A claim in the queue. The admin sees the name and address, even a student's: they verify who it is. */
    public record Claim(String memberId, String name, String email, PortalRole role) {
    }

    /** The signed-in person's own claim, as their home page tells them. */
    public record OwnClaim(PortalRole role, boolean rejected, Optional<String> reason, WhileWaiting whileWaiting) {
    }

    private final DistrictRealms realms;
    private final ParticipantService participants;
    private final AuditLog audit;
    private final RealmMail mail;

    private final RealmLanguages realmLanguages;
    private final Translations translations;

    SelfRegistration(DistrictRealms realms, ParticipantService participants,
                     AuditLog audit, RealmMail mail, AbuseLimits limits, RealmLanguages realmLanguages,
                     Translations translations) {
        this.limits = limits;
        this.realmLanguages = realmLanguages;
        this.translations = translations;
        this.realms = realms;
        this.participants = participants;
        this.audit = audit;
        this.mail = mail;
    }

    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    public Settings settings() {
        return settingsOf(Accounts.call(() -> realms.currentRealm().toRepresentation()));
    }

    /** How long the public pages trust what they last heard from Keycloak about a district's sign-up. */
    private static final java.time.Duration SIGN_UP_KNOWN_FOR = java.time.Duration.ofMinutes(1);
    private final Map<Long, KnownSignUp> signUpByDistrict = new java.util.concurrent.ConcurrentHashMap<>();

    private record KnownSignUp(boolean open, java.time.Instant until) {
    }

    /**
     * Whether anyone may create their own account in this district, for the public pages' "Create an account": asked
     * of the realm at most once a minute per district (many readers, one question), and false when Keycloak does not
     * answer. Public: it says no more than Keycloak's own sign-in page shows.
     */
    public boolean openToSignUp(District district) {
        java.time.Instant now = java.time.Instant.now();
        KnownSignUp known = signUpByDistrict.get(district.id());
        if (known != null && now.isBefore(known.until())) {
            return known.open();
        }
        boolean open;
        try {
            open = Boolean.TRUE.equals(Accounts.call(() -> realms.of(district).toRepresentation()).isRegistrationAllowed());
        } catch (RuntimeException unreachable) {
            log.warn("Could not ask the realm of district {} whether sign-up is open", district.slug(), unreachable);
            open = false;
        }
        signUpByDistrict.put(district.id(), new KnownSignUp(open, now.plus(SIGN_UP_KNOWN_FOR)));
        return open;
    }

    /**
     * Opens or closes self-registration, and sets what claimants may do while they wait. Opening it also has Keycloak
     * check new people's email addresses, so it needs the mail server.
     */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public Settings configure(boolean open, WhileWaiting whileWaiting) {
        if (whileWaiting == null) {
            throw new MemberRuleViolation("member.error.while-waiting-required");
        }
        if (open && mail.smtpServer().isEmpty()) {
            throw new MemberRuleViolation("member.error.registration-needs-mail");
        }
        RealmResource realm = realms.currentRealm();
        Settings before = settingsOf(Accounts.call(realm::toRepresentation));
        Settings after = new Settings(open, whileWaiting);
        if (before.equals(after)) {
            return after;
        }
        audit.record("member.registration-configured", null, before, after);
        Accounts.call(() -> {
            if (open) {
                declareAttributes(realm);
                realmLanguages.writeTexts(realm, translations.offered(realms.current().languages()));
            }
            // Read again just before writing: an operator may have changed the realm (say, disabled it) meanwhile.
            RealmRepresentation settings = realm.toRepresentation();
            settings.setRegistrationAllowed(open);
            if (open) {
                settings.setVerifyEmail(true);
            }
            Map<String, String> attributes = new HashMap<>(settings.getAttributes() == null ? Map.of() : settings.getAttributes());
            attributes.put(WHILE_WAITING, whileWaiting.name());
            settings.setAttributes(attributes);
            realm.update(settings);
            return null;
        });
        CurrentDistrict.id().ifPresent(signUpByDistrict::remove);
        return after;
    }

    /** The claims waiting for an admin, oldest account first. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    public List<Claim> pending() {
        RealmResource realm = realms.currentRealm();
        List<UserRepresentation> users = Accounts.call(() -> realm.users()
                .searchByAttributes(0, 200, null, false, STATUS + ":" + PENDING));
        List<Claim> claims = new ArrayList<>();
        users.stream().sorted(java.util.Comparator.comparing(u -> Optional.ofNullable(u.getCreatedTimestamp()).orElse(0L)))
                .forEach(user -> claimedRole(user).ifPresent(role -> claims.add(new Claim(user.getId(),
                        Accounts.fullName(user), Optional.ofNullable(user.getEmail()).orElse(""), role))));
        return claims;
    }

    /**
     * Confirms a claim: the person gets the claimed role in place of the rights they waited with. A civil-rights
     * group's or partner's member needs the organisation their comments will show.
     */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public void approve(String memberId, String organisationTyped) {
        RealmResource realm = realms.currentRealm();
        UserResource user = realm.users().get(memberId);
        UserRepresentation found = pendingClaim(user);
        PortalRole role = claimedRole(found).orElseThrow(() -> new MemberRuleViolation("member.error.no-claim"));
        String organisation = organisationTyped == null ? "" : organisationTyped.strip();
        if (Member.ORGANISATION_ROLES.contains(role) && organisation.isEmpty()) {
            throw new MemberRuleViolation("member.error.organisation-required");
        }
        if (organisation.length() > 200) {
            throw new MemberRuleViolation("member.error.organisation-too-long", 200);
        }
        audit.record("member.claim-approved", null, new Decision(null, role.realmRole(), PENDING, null),
                new Decision(Accounts.audited(memberId, found, role == PortalRole.STUDENT), role.realmRole(), APPROVED, null));
        participants.accessChanged(memberId);
        Accounts.call(() -> {
            // The decision first: once it is recorded, the claim leaves the queue and cannot be decided twice.
            Map<String, List<String>> attributes = new HashMap<>(found.getAttributes());
            attributes.put(STATUS, List.of(APPROVED));
            attributes.remove(REASON);
            if (Member.ORGANISATION_ROLES.contains(role)) {
                attributes.put(PortalUser.ORGANISATION_CLAIM, List.of(organisation));
            }
            found.setAttributes(attributes);
            user.update(found);
            try {
                user.roles().realmLevel().add(List.of(realm.roles().get(role.realmRole()).toRepresentation()));
                user.roles().realmLevel().remove(List.of(realm.roles().get(Roles.FAMILY).toRepresentation()));
            } catch (RuntimeException failed) {
                UserRepresentation undo = user.toRepresentation();
                Map<String, List<String>> restored = new HashMap<>(undo.getAttributes());
                restored.put(STATUS, List.of(PENDING));
                undo.setAttributes(restored);
                user.update(undo);
                throw failed;
            }
            return null;
        });
        participants.accessChanged(memberId);
    }

    /** Declines a claim with a reason the person reads; they keep what they had while waiting. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public void reject(String memberId, String reasonTyped) {
        String reason = reasonTyped == null ? "" : reasonTyped.strip();
        if (reason.isEmpty()) {
            throw new MemberRuleViolation("member.error.reason-required");
        }
        if (reason.length() > REASON_LIMIT) {
            throw new MemberRuleViolation("member.error.reason-too-long", REASON_LIMIT);
        }
        RealmResource realm = realms.currentRealm();
        UserResource user = realm.users().get(memberId);
        UserRepresentation found = pendingClaim(user);
        PortalRole role = claimedRole(found).orElseThrow(() -> new MemberRuleViolation("member.error.no-claim"));
        audit.record("member.claim-rejected", null, new Decision(null, role.realmRole(), PENDING, null),
                new Decision(Accounts.audited(memberId, found, role == PortalRole.STUDENT), role.realmRole(), REJECTED, reason));
        participants.accessChanged(memberId);
        Accounts.call(() -> {
            Map<String, List<String>> attributes = new HashMap<>(found.getAttributes());
            attributes.put(STATUS, List.of(REJECTED));
            attributes.put(REASON, List.of(reason));
            found.setAttributes(attributes);
            user.update(found);
            return null;
        });
    }

    /** The signed-in person's claim, if they made one that is still waiting or was rejected. */
    public Optional<OwnClaim> ownClaim() {
        PortalUser me = CurrentUser.get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        District district = realms.current();
        try {
            RealmResource realm = realms.of(district);
            UserRepresentation user = realm.users().get(me.subject()).toRepresentation();
            String status = Accounts.attribute(user, STATUS).orElse("");
            if (!status.equals(PENDING) && !status.equals(REJECTED)) {
                return Optional.empty();
            }
            WhileWaiting whileWaiting = settingsOf(realm.toRepresentation()).whileWaiting();
            // A student claimant never waits as a family member (see grant).
            return claimedRole(user).map(role -> new OwnClaim(role, status.equals(REJECTED), Accounts.attribute(user, REASON),
                    role == PortalRole.STUDENT ? WhileWaiting.NONE : whileWaiting));
        } catch (ProcessingException | WebApplicationException unavailable) {
            log.warn("Could not read the claim of a person of {}: {}", district.slug(), unavailable.getMessage());
            return Optional.empty();
        }
    }

    /**
     * At a sign-in of someone who holds none of the portal's roles. The first time, while sign-up is open, their
     * registration is settled: the claim is copied where only admins can change it, and they are a family member
     * ({@code granted}) or a claimant ({@code pending}). Then, every time, the rights follow from that state: a family
     * member, or a claimant waiting or rejected in a district that gives family rights meanwhile, gets {@code family}
     * (again, should it have been lost); a student claimant gets nothing until approved, since a family member's
     * comments would carry their name; anyone else (an account made in Keycloak without a role) gets nothing.
     */
    @Override
    public Set<PortalRole> grant(District district, String subject) {
        try {
            RealmResource realm = realms.of(district);
            UserResource user = realm.users().get(subject);
            UserRepresentation found = user.toRepresentation();
            Settings rules = settingsOf(realm.toRepresentation());
            Optional<String> status = Accounts.attribute(found, STATUS);
            if (status.isEmpty()) {
                if (!rules.open()) {
                    return Set.of();
                }
                if (!limits.countSignUp(district.id(), subject)) {
                    // A flood of sign-ups: this account takes part at a sign-in after the district's window passes.
                    return Set.of();
                }
                Optional<PortalRole> claim = Accounts.attribute(found, REQUESTED_ROLE).flatMap(PortalRole::fromRealmRole)
                        .filter(CLAIMABLE::contains);
                Map<String, List<String>> attributes = new HashMap<>(found.getAttributes() == null ? Map.of() : found.getAttributes());
                attributes.put(STATUS, List.of(claim.isPresent() ? PENDING : GRANTED));
                claim.ifPresent(role -> attributes.put(CLAIM, List.of(role.realmRole())));
                found.setAttributes(attributes);
                user.update(found);
                status = Optional.of(claim.isPresent() ? PENDING : GRANTED);
                log.info("A person registered in {}: {}", district.slug(), claim.map(r -> "claims " + r.realmRole())
                        .orElse("family member"));
            }
            Optional<PortalRole> claim = claimedRole(found);
            boolean family = status.get().equals(GRANTED)
                    || ((status.get().equals(PENDING) || status.get().equals(REJECTED))
                        && rules.whileWaiting() == WhileWaiting.FAMILY && claim.isPresent()
                        && claim.get() != PortalRole.STUDENT);
            if (!family) {
                return Set.of();
            }
            user.roles().realmLevel().add(List.of(realm.roles().get(Roles.FAMILY).toRepresentation()));
            return Set.of(PortalRole.FAMILY);
        } catch (ProcessingException | WebApplicationException unavailable) {
            // The sign-in goes on without roles; the next one settles it, since the state decides.
            log.warn("Could not apply the sign-up rules of {}: {}", district.slug(), unavailable.getMessage());
            return Set.of();
        }
    }

    /** What the audit log keeps of a decision on a claim. */
    record Decision(String member, String role, String status, String reason) {
    }

    private UserRepresentation pendingClaim(UserResource user) {
        UserRepresentation found = Accounts.call(() -> {
            try {
                return user.toRepresentation();
            } catch (NotFoundException notHere) {
                throw new MemberRuleViolation("member.error.not-in-district");
            }
        });
        if (!Accounts.attribute(found, STATUS).filter(PENDING::equals).isPresent()) {
            throw new MemberRuleViolation("member.error.no-claim");
        }
        return found;
    }

    private static Settings settingsOf(RealmRepresentation realm) {
        String waiting = realm.getAttributes() == null ? null : realm.getAttributes().get(WHILE_WAITING);
        return new Settings(Boolean.TRUE.equals(realm.isRegistrationAllowed()),
                WhileWaiting.NONE.name().equals(waiting) ? WhileWaiting.NONE : WhileWaiting.FAMILY);
    }

    private static Optional<PortalRole> claimedRole(UserRepresentation user) {
        return Accounts.attribute(user, CLAIM).flatMap(PortalRole::fromRealmRole).filter(CLAIMABLE::contains);
    }

    /**
     * Declares the claim and its state in the realm's user profile (Keycloak keeps only declared attributes): the
     * claim on the registration form, its choices labelled in the district's languages (the {@code keycloak.*} texts
     * of the portal's translations, written by {@link RealmLanguages}); the state for admins only.
     */
    private static void declareAttributes(RealmResource realm) {
        UPConfig profile = realm.users().userProfile().getConfiguration();
        UPAttribute requested = new UPAttribute(REQUESTED_ROLE, new UPAttributePermissions(Set.of("admin", "user"),
                Set.of("admin", "user")));
        requested.setDisplayName("${pcRequestedRole}");
        List<String> options = List.of(Roles.FAMILY, Roles.STUDENT, Roles.EDUCATOR, Roles.CIVIL_RIGHTS, Roles.PARTNER);
        requested.addValidation("options", Map.of("options", options));
        Map<String, Object> labels = new LinkedHashMap<>();
        options.forEach(option -> labels.put(option, "${pcRole_" + option + "}"));
        requested.setAnnotations(Map.of("inputType", "select", "inputOptionLabels", labels,
                "inputHelperTextAfter", "${pcRequestedRoleHelp}"));
        profile.addOrReplaceAttribute(requested);
        for (String adminOnly : List.of(CLAIM, STATUS, REASON)) {
            if (profile.getAttribute(adminOnly) == null) {
                profile.addOrReplaceAttribute(new UPAttribute(adminOnly,
                        new UPAttributePermissions(Set.of("admin"), Set.of("admin"))));
            }
        }
        realm.users().userProfile().update(profile);
    }
}
