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
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.KeycloakProperties;
import org.policycommons.identity.PlatformKeycloak;
import org.policycommons.identity.Roles;
import org.policycommons.shell.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Creates a district from the operator's pages: its Keycloak realm from {@code keycloak/realm-template.json} with
 * its first {@code district_admin} inside (one import, so the realm and its admin exist together or not at all), the
 * invitation email in which that admin sets a password, and then the district's row, from which its pages and
 * sign-in work at once. Any step that fails deletes the realm again, so nothing is half made. A realm still marked
 * as being created (the portal stopped midway) is deleted and made again by the next attempt with the same slug.
 */
@Service
public class DistrictCreation {

    private static final Logger log = LoggerFactory.getLogger(DistrictCreation.class);
    /** Lower-case letters, digits and inner hyphens, 3 to 40 characters: a URL segment and a realm name. */
    static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");
    private static final String PROVISIONING = "policy-commons.provisioning";
    private static final int INVITATION_HOURS = 72;

    private final PlatformKeycloak platform;
    private final DistrictDirectory districts;
    private final KeycloakProperties keycloak;
    private final MailProperties mail;
    private final String mailFrom;
    private final String publicUrl;

    DistrictCreation(PlatformKeycloak platform, DistrictDirectory districts, KeycloakProperties keycloak,
                     MailProperties mail, @Value("${portal.mail.from}") String mailFrom,
                     @Value("${portal.public-url}") String publicUrl) {
        this.platform = platform;
        this.districts = districts;
        this.keycloak = keycloak;
        this.mail = mail;
        this.mailFrom = mailFrom;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    public District create(NewDistrict request) {
        Checked checked = check(request);
        if (mail.getHost() == null || mail.getHost().isBlank()) {
            throw new OperatorRuleViolation("operator.error.mail-not-configured");
        }
        Keycloak admin = platform.client();
        createRealm(admin, checked);
        try {
            admin.tokenManager().grantToken(); // a token that knows the new realm
            UserRepresentation first = admin.realm(checked.slug()).users().searchByUsername(checked.email(), true)
                    .getFirst();
            // No redirect of its own: Keycloak then leads the admin back to the portal's client (its base URL).
            admin.realm(checked.slug()).users().get(first.getId()).executeActionsEmail(keycloak.clientId(), null,
                    INVITATION_HOURS * 3600, List.of("UPDATE_PASSWORD"));
            District district = districts.register(checked.slug(), checked.name(), checked.slug(), checked.languages(),
                    checked.zone(), checked.enrolment());
            RealmRepresentation done = admin.realm(checked.slug()).toRepresentation();
            done.getAttributes().put(PROVISIONING, "done");
            admin.realm(checked.slug()).update(done);
            log.info("District {} ({}) created, its admin invited", checked.name(), checked.slug());
            return district;
        } catch (RuntimeException failed) {
            removeRealm(admin, checked.slug());
            if (failed instanceof OperatorRuleViolation violation) {
                throw violation;
            }
            log.warn("Creating district {} failed; its realm was removed", checked.slug(), failed);
            throw new OperatorRuleViolation("operator.error.create-failed", String.valueOf(failed.getMessage()));
        }
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
        List<Locale> languages = request.languages() == null ? List.of() : request.languages().stream()
                .filter(l -> Languages.SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .distinct().toList();
        if (languages.isEmpty()) {
            throw new OperatorRuleViolation("operator.error.languages-required");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(strip(request.timeZone()));
        } catch (DateTimeException e) {
            throw new OperatorRuleViolation("operator.error.time-zone-invalid");
        }
        if (request.enrolment() == null || request.enrolment() < 0 || request.enrolment() > 5_000_000) {
            throw new OperatorRuleViolation("operator.error.enrolment-invalid");
        }
        String email = strip(request.adminEmail()).toLowerCase(Locale.ROOT);
        try {
            InternetAddress address = new InternetAddress(email, true);
            if (!email.contains("@") || !email.substring(email.indexOf('@')).contains(".") || !address.getAddress().equals(email)) {
                throw new AddressException(email);
            }
        } catch (AddressException e) {
            throw new OperatorRuleViolation("operator.error.email-invalid");
        }
        String first = strip(request.adminFirstName());
        String last = strip(request.adminLastName());
        if (first.isEmpty() || last.isEmpty()) {
            throw new OperatorRuleViolation("operator.error.admin-name-required");
        }
        return new Checked(name, slug, languages, zone, request.enrolment(), email, first, last);
    }

    private void createRealm(Keycloak admin, Checked checked) {
        RealmRepresentation realm = realmFor(checked);
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                admin.realms().create(realm);
                return;
            } catch (ClientErrorException exists) {
                if (exists.getResponse().getStatus() != 409 || attempt > 0 || !leftOver(admin, checked.slug())) {
                    throw new OperatorRuleViolation("operator.error.realm-exists", checked.slug());
                }
                // The portal stopped while creating this district before: start again from nothing.
                removeRealm(admin, checked.slug());
            } catch (ProcessingException | WebApplicationException unavailable) {
                throw new OperatorRuleViolation("operator.error.keycloak-unavailable",
                        String.valueOf(unavailable.getMessage()));
            }
        }
    }

    /** A realm this portal began to create and never finished. */
    private static boolean leftOver(Keycloak admin, String realm) {
        try {
            Map<String, String> attributes = admin.realm(realm).toRepresentation().getAttributes();
            return attributes != null && "pending".equals(attributes.get(PROVISIONING));
        } catch (WebApplicationException | ProcessingException notOurs) {
            return false;
        }
    }

    private static void removeRealm(Keycloak admin, String realm) {
        try {
            admin.realm(realm).remove();
        } catch (jakarta.ws.rs.NotFoundException gone) {
            // nothing to undo
        } catch (WebApplicationException | ProcessingException e) {
            log.error("Could not remove realm {} after a failed creation; remove it by hand", realm, e);
        }
    }

    /** The template, filled in: names, languages, the portal's address and secret, mail, and the first admin. */
    private RealmRepresentation realmFor(Checked checked) {
        String template;
        try (InputStream in = DistrictCreation.class.getResourceAsStream("/keycloak/realm-template.json")) {
            if (in == null) {
                throw new IllegalStateException("keycloak/realm-template.json is not on the classpath");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String filled = template.replace("{{realm}}", checked.slug())
                .replace("{{displayName}}", jsonText(checked.name()))
                .replace("${PORTAL_URL}", publicUrl)
                .replace("${PORTAL_CLIENT_SECRET}", keycloak.clientSecret());
        RealmRepresentation realm;
        try {
            realm = JsonSerialization.readValue(filled, RealmRepresentation.class);
        } catch (IOException e) {
            throw new IllegalStateException("The realm template is not valid JSON", e);
        }
        realm.setSupportedLocales(new java.util.HashSet<>(checked.languages().stream().map(Locale::getLanguage).toList()));
        realm.setDefaultLocale(checked.languages().getFirst().getLanguage());
        Map<String, String> attributes = new HashMap<>(realm.getAttributes() == null ? Map.of() : realm.getAttributes());
        attributes.put(PROVISIONING, "pending");
        realm.setAttributes(attributes);
        realm.setSmtpServer(smtp());
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

    /** Keycloak sends the invitation itself, through the portal's own mail server. */
    private Map<String, String> smtp() {
        Map<String, String> smtp = new HashMap<>();
        smtp.put("host", mail.getHost());
        smtp.put("port", String.valueOf(mail.getPort() == null ? 25 : mail.getPort()));
        try {
            InternetAddress from = new InternetAddress(mailFrom);
            smtp.put("from", from.getAddress());
            if (from.getPersonal() != null) {
                smtp.put("fromDisplayName", from.getPersonal());
            }
        } catch (AddressException e) {
            smtp.put("from", mailFrom);
        }
        if (mail.getUsername() != null && !mail.getUsername().isBlank()) {
            smtp.put("auth", "true");
            smtp.put("user", mail.getUsername());
            smtp.put("password", mail.getPassword());
            smtp.put("starttls", "true");
        }
        return smtp;
    }

    private static String jsonText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
