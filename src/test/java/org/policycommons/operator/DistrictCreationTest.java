package org.policycommons.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.OperatorUser;
import org.policycommons.identity.PlatformKeycloak;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * Creating a district against the real Keycloak: the realm and its first admin, the invitation through the portal's
 * mail server, the registration that makes its sign-in work at once; bad input refused with a reason and nothing
 * made; a failed invitation undoing everything; a foreign realm never taken over, nor one another request is
 * creating; an abandoned half-made one made again; and only platform admins may do it.
 */
class DistrictCreationTest extends PortalIntegrationTest {

    @Autowired
    DistrictCreation creation;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    PlatformKeycloak platform;
    @Autowired
    ClientRegistrationRepository registrations;
    @Autowired
    org.springframework.boot.mail.autoconfigure.MailProperties mail;

    @Autowired
    org.policycommons.support.MadeDistricts madeDistricts;

    /** Every test removes what it made: the realms, and the districts' rows. */
    private final List<String> made = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void removeWhatWasMade() {
        made.forEach(madeDistricts::remove);
    }

    @Test
    void anOperatorCreatesADistrictWhoseFirstAdminIsInvited() throws Exception {
        asOperator(true);
        String slug = made(slug());
        String email = "ana.admin+" + slug + "@lakeside.example.org";
        District created = creation.create(new NewDistrict("Lakeside \"North\" \\ Schools", slug,
                List.of(Locale.ENGLISH, Locale.forLanguageTag("es")), "America/Denver", 3200, email, "Ana", "Admin"));

        assertThat(districts.bySlug(slug)).contains(created);
        assertThat(created.keycloakRealm()).isEqualTo(slug);
        assertThat(registrations.findByRegistrationId(slug)).as("its sign-in works at once").isNotNull();

        RealmRepresentation realm = platform.client().realm(slug).toRepresentation();
        assertThat(realm.getDisplayName()).as("typed text stays text").isEqualTo("Lakeside \"North\" \\ Schools");
        assertThat(realm.getAttributes()).containsEntry("policy-commons.provisioning", "done");
        assertThat(realm.getSupportedLocales()).containsExactlyInAnyOrder("en", "es");
        UserRepresentation admin = platform.client().realm(slug).users().searchByEmail(email, true).getFirst();
        assertThat(admin.getRequiredActions()).containsExactly("UPDATE_PASSWORD");
        assertThat(platform.client().realm(slug).users().get(admin.getId()).roles().realmLevel().listAll())
                .extracting(r -> r.getName()).contains("district_admin");

        MimeMessage invitation = firstMailTo(email);
        assertThat(GreenMailUtil.getBody(invitation)).contains("/realms/" + slug + "/login-actions/action-token");
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsMade() {
        asOperator(true);
        String slug = slug();
        assertRefused(new NewDistrict(" ", slug, List.of(Locale.ENGLISH), "America/Chicago", 10, "a@b.org", "A", "B"),
                "operator.error.name-required");
        assertRefused(new NewDistrict("X", "Bad Slug!", List.of(Locale.ENGLISH), "America/Chicago", 10, "a@b.org", "A", "B"),
                "operator.error.slug-invalid");
        assertRefused(new NewDistrict("X", "operator", List.of(Locale.ENGLISH), "America/Chicago", 10, "a@b.org", "A", "B"),
                "operator.error.slug-reserved");
        assertRefused(new NewDistrict("X", "springfield", List.of(Locale.ENGLISH), "America/Chicago", 10, "a@b.org", "A", "B"),
                "operator.error.slug-taken");
        assertRefused(new NewDistrict("X", slug, List.of(Locale.FRENCH), "America/Chicago", 10, "a@b.org", "A", "B"),
                "operator.error.language-not-deployed");
        assertRefused(new NewDistrict("X", slug, List.of(), "America/Chicago", 10, "a@b.org", "A", "B"),
                "operator.error.languages-required");
        assertRefused(new NewDistrict("X", slug, List.of(Locale.ENGLISH), "Mars/Olympus", 10, "a@b.org", "A", "B"),
                "operator.error.time-zone-invalid");
        assertRefused(new NewDistrict("X", slug, List.of(Locale.ENGLISH), "America/Chicago", -1, "a@b.org", "A", "B"),
                "operator.error.enrolment-invalid");
        assertRefused(new NewDistrict("X", slug, List.of(Locale.ENGLISH), "America/Chicago", 10, "not an email", "A", "B"),
                "operator.error.email-invalid");
        assertRefused(new NewDistrict("X", slug, List.of(Locale.ENGLISH), "America/Chicago", 10, "a@b.org", "A", ""),
                "operator.error.admin-name-required");
        assertThat(districts.bySlug(slug)).isEmpty();
        assertThat(platform.client().realms().findAll()).extracting(RealmRepresentation::getRealm).doesNotContain(slug);
    }

    @Autowired
    org.policycommons.identity.KeycloakProperties keycloakProperties;
    @Autowired
    org.policycommons.identity.RealmMail realmMail;
    @Autowired
    org.policycommons.audit.AuditLog audit;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    org.policycommons.common.Translations translations;
    @Autowired
    org.policycommons.identity.RealmLanguages realmLanguages;

    @Test
    void keycloakStoppingMidwayLeavesNoDistrictAndARetryCleansUpAndCompletes() throws Exception {
        asOperator(true);
        String slug = made(slug());
        NewDistrict request = new NewDistrict("Outage Schools", slug, List.of(Locale.ENGLISH), "America/Chicago", 10,
                "outage+" + slug + "@example.org", "Otto", "Outage");
        try (org.policycommons.support.CuttableProxy keycloak = new org.policycommons.support.CuttableProxy(keycloakUrl())) {
            PlatformKeycloak throughProxy = new PlatformKeycloak(keycloak::url, keycloakProperties);
            DistrictCreation creating = new DistrictCreation(throughProxy, districts, keycloakProperties, realmMail,
                    portalUrl(), audit, transactions, translations, realmLanguages);
            // Keycloak stops after the realm exists, at the invitation, so the realm cannot be removed either.
            keycloak.cutWhenRequestContains("execute-actions-email");
            assertThatThrownBy(() -> creating.create(request)).isInstanceOf(OperatorRuleViolation.class)
                    .extracting(e -> ((OperatorRuleViolation) e).messageKey())
                    .isEqualTo("operator.error.create-failed-realm-left");
            assertThat(keycloak.isCut()).isTrue();
            assertThat(districts.bySlug(slug)).as("no orphan district").isEmpty();
            assertThat(platform.client().realm(slug).toRepresentation().getAttributes().get("policy-commons.provisioning"))
                    .as("the realm left behind, still marked as being created").startsWith("pending:");

            // Keycloak is back: the retry removes the half-made realm and creates the district.
            keycloak.restore();
            District created = creating.create(request);
            assertThat(districts.bySlug(slug)).contains(created);
            assertThat(platform.client().realm(slug).toRepresentation().getAttributes().get("policy-commons.provisioning"))
                    .isEqualTo("done");
            assertThat(textOf(firstMailTo("outage+" + slug + "@example.org").getContent())).contains("action-token");
            throughProxy.destroy();
        }
    }

    @Test
    void aFailedInvitationLeavesNeitherRealmNorDistrict() {
        asOperator(true);
        String slug = made(slug());
        Integer port = mail.getPort();
        mail.setPort(1); // nothing listens there: Keycloak cannot send the invitation
        try {
            assertRefused(new NewDistrict("No Mail", slug, List.of(Locale.ENGLISH), "America/Chicago", 10,
                    "nomail+" + slug + "@example.org", "No", "Mail"), "operator.error.create-failed");
        } finally {
            mail.setPort(port);
        }
        assertThat(districts.bySlug(slug)).isEmpty();
        assertThat(platform.client().realms().findAll()).extracting(RealmRepresentation::getRealm).doesNotContain(slug);
    }

    @Test
    void aRealmBeingCreatedByAnotherRequestIsLeftAlone() {
        asOperator(true);
        String slug = made(slug());
        RealmRepresentation underWay = new RealmRepresentation();
        underWay.setRealm(slug);
        underWay.setEnabled(true);
        underWay.setAttributes(Map.of("policy-commons.provisioning", "pending:other:" + Instant.now().toEpochMilli()));
        platform.client().realms().create(underWay);
        assertRefused(new NewDistrict("Twice", slug, List.of(Locale.ENGLISH), "America/Chicago", 10,
                "twice+" + slug + "@example.org", "Twi", "Ce"), "operator.error.being-created");
        assertThat(platform.client().realm(slug).toRepresentation().getAttributes())
                .containsEntry("policy-commons.provisioning", underWay.getAttributes().get("policy-commons.provisioning"));
        assertThat(districts.bySlug(slug)).isEmpty();
    }

    @Test
    void aRealmThePortalDidNotCreateIsNeverTakenOver() {
        asOperator(true);
        String slug = slug();
        RealmRepresentation foreign = new RealmRepresentation();
        foreign.setRealm(slug);
        foreign.setEnabled(true);
        platform.client().realms().create(foreign);
        try {
            assertRefused(new NewDistrict("Foreign", slug, List.of(Locale.ENGLISH), "America/Chicago", 10,
                    "x@foreign.example.org", "X", "Y"), "operator.error.realm-exists");
            assertThat(districts.bySlug(slug)).isEmpty();
            assertThat(platform.client().realm(slug).toRepresentation().getAttributes())
                    .doesNotContainKey("policy-commons.provisioning");
        } finally {
            platform.client().realm(slug).remove();
        }
    }

    @Test
    void aRealmLeftHalfMadeIsMadeAgain() {
        asOperator(true);
        String slug = made(slug());
        RealmRepresentation halfMade = new RealmRepresentation();
        halfMade.setRealm(slug);
        halfMade.setEnabled(true);
        // Marked pending an hour ago: the portal stopped midway and nobody is at work on it.
        halfMade.setAttributes(Map.of("policy-commons.provisioning",
                "pending:gone:" + Instant.now().minusSeconds(3600).toEpochMilli()));
        platform.client().realms().create(halfMade);

        creation.create(new NewDistrict("Again", slug, List.of(Locale.ENGLISH), "America/Chicago", 10,
                "again+" + slug + "@example.org", "Sam", "Again"));
        assertThat(districts.bySlug(slug)).isPresent();
        assertThat(platform.client().realm(slug).toRepresentation().getAttributes())
                .containsEntry("policy-commons.provisioning", "done");
    }

    @Test
    void onlyPlatformAdminsMayCreateADistrict() {
        NewDistrict request = new NewDistrict("Nope", slug(), List.of(Locale.ENGLISH), "America/Chicago", 10,
                "nope@example.org", "No", "Pe");
        asOperator(false);
        assertThatThrownBy(() -> creation.create(request)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(districts.bySlug("springfield").orElseThrow(), "admin-subject", "Carlos Mendoza",
                PortalRole.DISTRICT_ADMIN);
        assertThatThrownBy(() -> creation.create(request)).isInstanceOf(AccessDeniedException.class);
        assertThat(districts.bySlug(request.slug())).isEmpty();
    }

    private void assertRefused(NewDistrict request, String key) {
        assertThatThrownBy(() -> creation.create(request)).isInstanceOf(OperatorRuleViolation.class)
                .extracting(e -> ((OperatorRuleViolation) e).messageKey()).isEqualTo(key);
    }

    private static void asOperator(boolean platformAdmin) {
        SignedIn.asOperator(platformAdmin);
    }

    private String made(String slug) {
        made.add(slug);
        return slug;
    }

    private static String slug() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
