package org.policycommons.operator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;
import org.policycommons.common.EmailAddresses;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.KeycloakProperties;
import org.policycommons.identity.PlatformKeycloak;
import org.policycommons.identity.RealmMail;
import org.policycommons.identity.TenantScope;
import org.policycommons.identity.Roles;
import org.policycommons.common.Translations;
import org.policycommons.identity.RealmLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Creates a district from the operator's pages: its Keycloak realm from {@code keycloak/realm-template.json} with
 * its first {@code district_admin} inside (one import, so the realm and its admin exist together or not at all), the
 * invitation email in which that admin sets a password, and then the district's row, from which its pages and
 * sign-in work at once. Any step that fails deletes the realm and the row again, so nothing is half made. A realm
 * still marked as being created is left alone while another request may be at work on it, and deleted and made
 * again by a later attempt once it is plainly abandoned, or at once if this portal saw that attempt fail (say,
 * Keycloak went away midway, so its realm could not be removed then); a realm without the portal's mark is never
 * touched.
 */
@Service
public class DistrictCreation {

    private static final Logger log = LoggerFactory.getLogger(DistrictCreation.class);
    /** Lower-case letters, digits and inner hyphens, 3 to 40 characters: a URL segment and a realm name. */
    static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");
    private static final String PROVISIONING = "policy-commons.provisioning";
    private static final String PENDING = "pending:";
    private static final String DONE = "done";
    /** A realm still marked pending after this long was abandoned (the portal stopped midway). */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(15);
    private static final int INVITATION_HOURS = 72;

    private final PlatformKeycloak platform;
    private final DistrictDirectory districts;
    private final KeycloakProperties keycloak;
    private final RealmMail mail;
    /** The marks of attempts that failed while Keycloak could not be reached to remove their realm. */
    private final java.util.Set<String> failedAttempts = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final org.policycommons.audit.AuditLog audit;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final String publicUrl;
    private final Translations translations;
    private final RealmLanguages realmLanguages;

    DistrictCreation(PlatformKeycloak platform, DistrictDirectory districts, KeycloakProperties keycloak,
                     RealmMail mail, @Value("${portal.public-url}") String publicUrl,
                     org.policycommons.audit.AuditLog audit,
                     org.springframework.transaction.support.TransactionTemplate transactions,
                     Translations translations, RealmLanguages realmLanguages) {
        this.translations = translations;
        this.realmLanguages = realmLanguages;
        this.audit = audit;
        this.transactions = transactions;
        this.platform = platform;
        this.districts = districts;
        this.keycloak = keycloak;
        this.mail = mail;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    public District create(NewDistrict request) {
        Checked checked = check(request);
        Map<String, String> smtp = mail.smtpServer()
                .orElseThrow(() -> new OperatorRuleViolation("operator.error.mail-not-configured"));
        Keycloak admin = platform.client();
        String attempt = createRealm(admin, checked, smtp);
        boolean registered = false;
        try {
            admin.tokenManager().grantToken(); // a token that knows the new realm
            District district = districts.register(checked.slug(), checked.name(), checked.slug(), checked.languages(),
                    checked.zone(), checked.enrolment());
            registered = true;
            RealmResource realm = admin.realm(checked.slug());
            realmLanguages.writeTexts(realm, checked.languages());
            UserRepresentation first = realm.users().searchByUsername(checked.email(), true).getFirst();
            // No redirect of its own: Keycloak then leads the admin back to the portal's client (its base URL).
            realm.users().get(first.getId()).executeActionsEmail(keycloak.clientId(), null, INVITATION_HOURS * 3600,
                    List.of("UPDATE_PASSWORD"));
            // Marked done only now: a realm left behind by a failure before this is still the portal's to remove.
            RealmRepresentation done = realm.toRepresentation();
            done.getAttributes().put(PROVISIONING, DONE);
            realm.update(done);
            // Last, so that a failure before leaves no entry behind in a district that is then forgotten.
            TenantScope.runAs(district.id(), () -> transactions.executeWithoutResult(status ->
                    audit.recordOperatorAction("district.created", null, new Created(checked.name(), checked.slug(),
                            checked.languages().stream().map(Locale::getLanguage).toList(), checked.zone().getId(),
                            checked.enrolment(), checked.email()))));
            log.info("District {} ({}) created, its admin invited", checked.name(), checked.slug());
            return district;
        } catch (RuntimeException failed) {
            boolean removed = removeRealm(admin, checked.slug());
            if (registered) {
                districts.forget(checked.slug());
            }
            if (!removed) {
                // Keycloak went away midway: the next attempt for this address removes the realm and starts again.
                failedAttempts.add(attempt);
            }
            log.warn("Creating district {} failed; realm removed: {}", checked.slug(), removed, failed);
            throw new OperatorRuleViolation(removed ? "operator.error.create-failed" : "operator.error.create-failed-realm-left",
                    String.valueOf(failed.getMessage()), checked.slug());
        }
    }

    /** What the new district's audit log keeps of its creation. */
    record Created(String name, String slug, List<String> languages, String timeZone, int enrolment, String firstAdmin) {
    }

    private record Checked(String name, String slug, List<Locale> languages, ZoneId zone, int enrolment, String email,
                           String firstName, String lastName) {
    }

    private Checked check(NewDistrict request) {
        String name = strip(request.name());
        if (name.isEmpty()) {
            throw new OperatorRuleViolation("operator.error.name-required");
        }
        if (name.length() > 200) {
            throw new OperatorRuleViolation("operator.error.name-too-long", 200);
        }
        String slug = strip(request.slug());
        if (!SLUG.matcher(slug).matches()) {
            throw new OperatorRuleViolation("operator.error.slug-invalid");
        }
        if (District.RESERVED_SLUGS.contains(slug) || slug.equals(keycloak.operatorRealm()) || slug.equals("master")) {
            throw new OperatorRuleViolation("operator.error.slug-reserved", slug);
        }
        if (districts.bySlug(slug).isPresent()) {
            throw new OperatorRuleViolation("operator.error.slug-taken", slug);
        }
        List<Locale> languages = DistrictLanguages.checked(translations, request.languages());
        ZoneId zone;
        try {
            zone = ZoneId.of(strip(request.timeZone()));
        } catch (DateTimeException e) {
            throw new OperatorRuleViolation("operator.error.time-zone-invalid");
        }
        if (request.enrolment() == null || request.enrolment() < 0 || request.enrolment() > 5_000_000) {
            throw new OperatorRuleViolation("operator.error.enrolment-invalid");
        }
        String email = EmailAddresses.normalised(request.adminEmail())
                .orElseThrow(() -> new OperatorRuleViolation("operator.error.email-invalid"));
        String first = strip(request.adminFirstName());
        String last = strip(request.adminLastName());
        if (first.isEmpty() || last.isEmpty()) {
            throw new OperatorRuleViolation("operator.error.admin-name-required");
        }
        return new Checked(name, slug, languages, zone, request.enrolment(), email, first, last);
    }

    /** Creates the realm, marked as being created; returns that mark. */
    private String createRealm(Keycloak admin, Checked checked, Map<String, String> smtp) {
        RealmRepresentation realm = realmFor(checked, smtp);
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                admin.realms().create(realm);
                return realm.getAttributes().get(PROVISIONING);
            } catch (ClientErrorException refused) {
                int status = refused.getResponse().getStatus();
                if (status != 409) {
                    throw new OperatorRuleViolation("operator.error.keycloak-refused", status);
                }
                Provisioning found = provisioning(admin, checked.slug());
                if (found == Provisioning.IN_PROGRESS) {
                    throw new OperatorRuleViolation("operator.error.being-created", checked.slug());
                }
                if (found != Provisioning.ABANDONED || attempt > 0) {
                    throw new OperatorRuleViolation("operator.error.realm-exists", checked.slug());
                }
                // An attempt that failed, or the portal stopped while creating this district long ago: start again.
                removeRealm(admin, checked.slug());
            } catch (ProcessingException | WebApplicationException unavailable) {
                throw new OperatorRuleViolation("operator.error.keycloak-unavailable",
                        String.valueOf(unavailable.getMessage()));
            }
        }
        throw new OperatorRuleViolation("operator.error.realm-exists", checked.slug());
    }

    private enum Provisioning { NOT_OURS, IN_PROGRESS, ABANDONED }

    /**
     * Whether an existing realm is one this portal began to create: still being created (by another request, within
     * {@link #ABANDONED_AFTER}), or abandoned; anything else (done, or no mark at all) is not the portal's to touch.
     */
    private Provisioning provisioning(Keycloak admin, String realm) {
        try {
            Map<String, String> attributes = admin.realm(realm).toRepresentation().getAttributes();
            String mark = attributes == null ? null : attributes.get(PROVISIONING);
            if (mark == null || !mark.startsWith(PENDING)) {
                return Provisioning.NOT_OURS;
            }
            java.time.Instant since = java.time.Instant.ofEpochMilli(Long.parseLong(mark.substring(mark.lastIndexOf(':') + 1)));
                if (failedAttempts.remove(mark)) {
                return Provisioning.ABANDONED; // this portal saw that attempt fail
            }
            return since.plus(ABANDONED_AFTER).isBefore(java.time.Instant.now()) ? Provisioning.ABANDONED
                    : Provisioning.IN_PROGRESS;
        } catch (WebApplicationException | ProcessingException | NumberFormatException notOurs) {
            return Provisioning.NOT_OURS;
        }
    }

    /** Removes a realm this portal made; true if it is gone. */
    private static boolean removeRealm(Keycloak admin, String realm) {
        try {
            admin.realm(realm).remove();
            return true;
        } catch (jakarta.ws.rs.NotFoundException gone) {
            return true;
        } catch (WebApplicationException | ProcessingException e) {
            log.error("Could not remove realm {} after a failed creation; remove it by hand", realm, e);
            return false;
        }
    }

    /** The template, filled in: names, languages, the portal's address and secret, mail, and the first admin. */
    private RealmRepresentation realmFor(Checked checked, Map<String, String> smtp) {
        String template;
        try (InputStream in = DistrictCreation.class.getResourceAsStream("/keycloak/realm-template.json")) {
            if (in == null) {
                throw new IllegalStateException("keycloak/realm-template.json is not on the classpath");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        RealmRepresentation realm;
        try {
            // Only the portal's own two placeholders are filled in as text, JSON-escaped; the names typed by the
            // operator are set on the parsed realm, so nothing they type can reach another field.
            String filled = template.replace("${PORTAL_URL}", jsonText(publicUrl))
                    .replace("${PORTAL_CLIENT_SECRET}", jsonText(keycloak.clientSecret()));
            realm = JsonSerialization.readValue(filled, RealmRepresentation.class);
        } catch (IOException e) {
            throw new IllegalStateException("The realm template is not valid JSON", e);
        }
        realm.setRealm(checked.slug());
        realm.setDisplayName(checked.name());
        realm.setSupportedLocales(new java.util.HashSet<>(checked.languages().stream().map(Locale::getLanguage).toList()));
        realm.setDefaultLocale(checked.languages().getFirst().getLanguage());
        Map<String, String> attributes = new HashMap<>(realm.getAttributes() == null ? Map.of() : realm.getAttributes());
        attributes.put(PROVISIONING, PENDING + UUID.randomUUID() + ":" + java.time.Instant.now().toEpochMilli());
        realm.setAttributes(attributes);
        realm.setSmtpServer(smtp);
        UserRepresentation first = new UserRepresentation();
        first.setUsername(checked.email());
        first.setEmail(checked.email());
        first.setEmailVerified(true);
        first.setFirstName(checked.firstName());
        first.setLastName(checked.lastName());
        first.setEnabled(true);
        first.setRealmRoles(List.of(Roles.DISTRICT_ADMIN));
        first.setRequiredActions(List.of("UPDATE_PASSWORD"));
        List<UserRepresentation> users = new ArrayList<>(realm.getUsers() == null ? List.of() : realm.getUsers());
        users.add(first);
        realm.setUsers(users);
        return realm;
    }

    /** The text as it goes inside a JSON string. */
    private static String jsonText(String text) {
        try {
            String quoted = JsonSerialization.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
