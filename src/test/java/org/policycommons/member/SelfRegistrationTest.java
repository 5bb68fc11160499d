package org.policycommons.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PlatformKeycloak;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.MadeDistricts;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Self-registration against the real Keycloak, in a district made for each test: off by default; opened, it
 * declares the claim on the registration form and checks email; a family member takes part at once, a claimant waits
 * with family rights or none as the district chose, and is approved (the role replaces the waiting rights) or
 * rejected with a reason they can read; decisions are audited; another district's people and non-admins are refused.
 */
class SelfRegistrationTest extends PortalIntegrationTest {

    @Autowired
    SelfRegistration registration;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    PlatformKeycloak platform;
    @Autowired
    MadeDistricts madeDistricts;
    @Autowired
    JdbcTemplate jdbc;

    private District district;
    private String slug;

    @BeforeEach
    void makeADistrict() {
        district = madeDistricts.create("Sign-up Schools");
        slug = district.slug();
        asAdmin();
    }

    @AfterEach
    void removeIt() {
        SignedIn.out();
        madeDistricts.removeAll();
    }

    @Test
    void offByDefaultAndNobodyGetsRightsFromNowhere() {
        assertThat(registration.settings()).isEqualTo(new SelfRegistration.Settings(false, SelfRegistration.WhileWaiting.FAMILY));
        assertThat(realm().toRepresentation().isRegistrationAllowed()).isFalse();
        String roleless = account("console-made", Map.of());
        assertThat(registration.grant(district, roleless)).isEmpty();
        assertThat(realmRoles(roleless)).doesNotContain("family");
    }

    @Test
    void aFamilyMemberTakesPartAtOnceAndAClaimantWaitsWithFamilyRights() {
        registration.configure(true, SelfRegistration.WhileWaiting.FAMILY);
        RealmRepresentation settings = realm().toRepresentation();
        assertThat(settings.isRegistrationAllowed()).isTrue();
        assertThat(settings.isVerifyEmail()).isTrue();
        assertThat(realm().users().userProfile().getConfiguration().getAttribute("requested_role")).isNotNull();
        assertThat(actions()).contains("member.registration-configured");

        String parent = account("parent", Map.of("requested_role", List.of("family")));
        assertThat(registration.grant(district, parent)).containsExactly(PortalRole.FAMILY);
        assertThat(realmRoles(parent)).contains("family");
        String noChoice = account("no-choice", Map.of());
        assertThat(registration.grant(district, noChoice)).as("the form's default").containsExactly(PortalRole.FAMILY);

        String teacher = account("teacher", Map.of("requested_role", List.of("educator")));
        assertThat(registration.grant(district, teacher)).containsExactly(PortalRole.FAMILY);
        assertThat(registration.grant(district, teacher)).as("the recorded state decides, every time")
                .containsExactly(PortalRole.FAMILY);
        assertThat(registration.pending()).extracting(SelfRegistration.Claim::memberId, SelfRegistration.Claim::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(teacher, PortalRole.EDUCATOR));

        String student = account("pupil", Map.of("requested_role", List.of("student")));
        assertThat(registration.grant(district, student)).as("a student never waits as a family member").isEmpty();

        registration.approve(teacher, null);
        assertThat(realmRoles(teacher)).contains("educator").doesNotContain("family");
        assertThat(registration.pending()).extracting(SelfRegistration.Claim::memberId).containsExactly(student);
        assertThat(actions()).contains("member.claim-approved");
        assertRefused(() -> registration.approve(teacher, null), "member.error.no-claim");
    }

    @Test
    void aClaimantWithNoRightsIsRejectedWithAReasonTheyRead() {
        registration.configure(true, SelfRegistration.WhileWaiting.NONE);
        String student = account("student", Map.of("requested_role", List.of("student")));
        assertThat(registration.grant(district, student)).isEmpty();
        assertThat(realmRoles(student)).doesNotContain("family", "student");

        assertRefused(() -> registration.reject(student, "  "), "member.error.reason-required");
        registration.reject(student, "We could not find you in Sign-up High's roll.");
        assertThat(registration.pending()).isEmpty();
        assertThat(jdbc.queryForObject("select after_value from audit_event where district_id = ? and action = ?",
                String.class, district.id(), "member.claim-rejected")).contains(student).contains("roll")
                .doesNotContain("Test");

        SignedIn.as(district, student, "Sam Student");
        SelfRegistration.OwnClaim own = registration.ownClaim().orElseThrow();
        assertThat(own.rejected()).isTrue();
        assertThat(own.role()).isEqualTo(PortalRole.STUDENT);
        assertThat(own.reason()).contains("We could not find you in Sign-up High's roll.");
    }

    @Test
    void anOrganisationsClaimNeedsItsName() {
        registration.configure(true, SelfRegistration.WhileWaiting.FAMILY);
        String advocate = account("advocate", Map.of("requested_role", List.of("civil_rights")));
        registration.grant(district, advocate);
        assertRefused(() -> registration.approve(advocate, " "), "member.error.organisation-required");
        registration.approve(advocate, "Sign-up Civil Liberties Union");
        assertThat(realm().users().get(advocate).toRepresentation().getAttributes())
                .containsEntry("organization_name", List.of("Sign-up Civil Liberties Union"));
        assertThat(realmRoles(advocate)).contains("civil_rights");
    }

    @Test
    void anotherDistrictsPeopleAndNonAdminsAreRefused() {
        String springfielder = platform.client().realm("springfield").users().searchByUsername("family", true).getFirst().getId();
        assertRefused(() -> registration.approve(springfielder, null), "member.error.not-in-district");
        assertRefused(() -> registration.reject(springfielder, "No"), "member.error.not-in-district");

        SignedIn.as(district, "someone", "Some One", PortalRole.FAMILY, PortalRole.MODERATOR);
        assertThatThrownBy(() -> registration.configure(true, SelfRegistration.WhileWaiting.FAMILY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registration.pending()).isInstanceOf(AccessDeniedException.class);
    }

    private void asAdmin() {
        SignedIn.as(district, "admin-" + slug, "Ada Admin", PortalRole.DISTRICT_ADMIN);
    }

    private RealmResource realm() {
        return platform.client().realm(slug);
    }

    /** An account as Keycloak's registration form would make it: no roles, maybe a claim. */
    private String account(String username, Map<String, List<String>> attributes) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@" + slug + ".example.org");
        user.setFirstName("Test");
        user.setLastName(username);
        user.setEnabled(true);
        user.setAttributes(attributes);
        try (Response created = realm().users().create(user)) {
            return CreatedResponseUtil.getCreatedId(created);
        }
    }

    private List<String> realmRoles(String id) {
        return realm().users().get(id).roles().realmLevel().listAll().stream().map(r -> r.getName()).toList();
    }

    private List<String> actions() {
        return jdbc.queryForList("select action from audit_event where district_id = ? order by id", String.class,
                district.id());
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(MemberRuleViolation.class)
                .extracting(e -> ((MemberRuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
