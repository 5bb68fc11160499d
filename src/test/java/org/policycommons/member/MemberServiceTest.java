package org.policycommons.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PlatformKeycloak;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.PortalIntegrationTest;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A district admin manages the district's people against the real Keycloak and the in-process mail server: an
 * invitation arrives and the account has its roles; roles, organisation and sign-in are changed and audited; bad
 * input is refused with a reason and nothing made; an admin cannot lock the district out or disable themselves; a
 * failed invitation leaves no account; nobody reaches another district's people; and only district admins may act.
 */
class MemberServiceTest extends PortalIntegrationTest {

    @Autowired
    MemberService members;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    PlatformKeycloak platform;
    @Autowired
    JdbcTemplate jdbc;

    private final RealmUsers realmUsers = new RealmUsers();
    private District springfield;
    private String adminSubject;

    @BeforeEach
    void signInAsTheAdmin() {
        springfield = districts.bySlug("springfield").orElseThrow();
        adminSubject = realmUsers.subjectOf("springfield", "district-admin");
        SignedIn.as(springfield, adminSubject, "Dana Admin", PortalRole.DISTRICT_ADMIN);
    }

    @AfterEach
    void removeWhatWasMade() {
        SignedIn.out();
        realmUsers.close();
    }

    @Test
    void anInvitedPersonGetsTheEmailAndTheirRoles() throws Exception {
        String email = invitee();
        long entriesBefore = auditEntries("member.invited");
        Member member = members.invite(new Invitation("  " + email.toUpperCase(Locale.ROOT) + " ", "Grace", "Hopper",
                Set.of(PortalRole.CIVIL_RIGHTS), "Springfield Justice League", Locale.forLanguageTag("es")));

        assertThat(member.email()).isEqualTo(email);
        assertThat(member.roles()).containsExactly(PortalRole.CIVIL_RIGHTS);
        assertThat(member.organisation()).contains("Springfield Justice League");
        assertThat(member.invitationPending()).isTrue();
        assertThat(member.lastSignIn()).isEmpty();
        UserRepresentation account = platform.client().realm("springfield").users().get(member.id()).toRepresentation();
        assertThat(account.getAttributes()).containsEntry("locale", List.of("es"));
        assertThat(account.getRequiredActions()).containsExactly("UPDATE_PASSWORD");

        String text = textOf(firstMailTo(email).getContent());
        assertThat(text).contains("login-actions/action-token");
        assertThat(members.page(email, 0, 10)).extracting(Member::id).containsExactly(member.id());
        assertThat(members.count(email)).isEqualTo(1);
        assertThat(auditEntries("member.invited")).isEqualTo(entriesBefore + 1);
        assertThat(jdbc.queryForObject("select after_value from audit_event where action = 'member.invited'"
                + " order by id desc limit 1", String.class)).contains("Grace Hopper <" + email + ">")
                .contains("civil_rights");
    }

    @Test
    void badInvitationsAreRefusedAndMakeNothing() {
        int before = members.count(null);
        assertRefused(() -> members.invite(invitation("not-an-address", Set.of(PortalRole.FAMILY), null)),
                "member.error.email-invalid");
        assertRefused(() -> members.invite(invitation("someone@nodot", Set.of(PortalRole.FAMILY), null)),
                "member.error.email-invalid");
        assertRefused(() -> members.invite(invitation(invitee(), Set.of(), null)), "member.error.role-required");
        assertRefused(() -> members.invite(invitation(invitee(), Set.of(PortalRole.PARTNER), "  ")),
                "member.error.organisation-required");
        assertRefused(() -> members.invite(new Invitation(invitee(), " ", "Doe", Set.of(PortalRole.FAMILY), null, null)),
                "member.error.name-required");
        String existing = platform.client().realm("springfield").users().searchByUsername("family", true).getFirst().getEmail();
        assertRefused(() -> members.invite(invitation(existing, Set.of(PortalRole.EDUCATOR), null)), "member.error.exists");
        assertThat(members.count(null)).isEqualTo(before);
    }

    @Test
    void rolesAndOrganisationChangeAndAreAudited() {
        String id = realmUsers.create("springfield", "member-" + UUID.randomUUID(), invitee(), PortalRole.FAMILY, null);

        Member partner = members.update(id, Set.of(PortalRole.FAMILY, PortalRole.PARTNER), " Springfield Sheriff ");
        assertThat(partner.roles()).containsExactlyInAnyOrder(PortalRole.FAMILY, PortalRole.PARTNER);
        assertThat(partner.organisation()).contains("Springfield Sheriff");
        assertThat(platform.client().realm("springfield").users().get(id).roles().realmLevel().listAll())
                .extracting(r -> r.getName()).contains("family", "partner");
        String after = jdbc.queryForObject("select after_value from audit_event where action = 'member.updated'"
                + " order by id desc limit 1", String.class);
        assertThat(after).contains("family, partner").contains("Springfield Sheriff");

        Member family = members.update(id, Set.of(PortalRole.FAMILY), "Springfield Sheriff");
        assertThat(family.roles()).containsExactly(PortalRole.FAMILY);
        assertThat(family.organisation()).as("only organisations' people keep one").isEmpty();
        Map<String, List<String>> attributes = platform.client().realm("springfield").users().get(id)
                .toRepresentation().getAttributes();
        assertThat(attributes == null ? Map.<String, List<String>>of() : attributes).doesNotContainKey("organization_name");
    }

    @Test
    void aStudentIsNeverShownOrLoggedByName() {
        String email = invitee();
        Member student = members.invite(invitation(email, Set.of(PortalRole.STUDENT), null));
        assertThat(student.name()).isEmpty();
        assertThat(student.email()).isEmpty();
        assertThat(members.page(email, 0, 10)).singleElement().satisfies(found -> {
            assertThat(found.name()).isEmpty();
            assertThat(found.email()).isEmpty();
        });
        assertThat(jdbc.queryForObject("select after_value from audit_event where action = 'member.invited'"
                + " order by id desc limit 1", String.class)).doesNotContain(email).doesNotContain("Test")
                .contains(student.id());
    }

    @Test
    void disablingEndsSignInsAndEnablingRestoresThem() {
        String id = realmUsers.create("springfield", "member-" + UUID.randomUUID(), invitee(), PortalRole.EDUCATOR, null);
        assertThat(members.setEnabled(id, false).enabled()).isFalse();
        assertThat(platform.client().realm("springfield").users().get(id).toRepresentation().isEnabled()).isFalse();
        assertThat(auditEntries("member.disabled")).isPositive();
        assertThat(members.setEnabled(id, true).enabled()).isTrue();
        assertThat(platform.client().realm("springfield").users().get(id).toRepresentation().isEnabled()).isTrue();
    }

    @Test
    void anAdminCannotLockTheDistrictOutNorDisableThemselves() {
        // With springfield's second demo admin away, the demo district-admin is its only enabled administrator.
        realmUsers.setEnabled("springfield", "district-admin-2", false);
        try {
            assertRefused(() -> members.update(adminSubject, Set.of(PortalRole.FAMILY), null), "member.error.last-admin");
        } finally {
            realmUsers.setEnabled("springfield", "district-admin-2", true);
        }
        assertRefused(() -> members.setEnabled(adminSubject, false), "member.error.disable-self");
        assertThat(platform.client().realm("springfield").users().get(adminSubject).roles().realmLevel().listAll())
                .extracting(r -> r.getName()).contains("district_admin");

        // With a second administrator, an admin may hand the role over.
        String second = realmUsers.create("springfield", "admin-" + UUID.randomUUID(), invitee(), PortalRole.DISTRICT_ADMIN, null);
        SignedIn.as(springfield, second, "Second Admin", PortalRole.DISTRICT_ADMIN);
        assertThat(members.update(second, Set.of(PortalRole.MODERATOR), null).roles()).containsExactly(PortalRole.MODERATOR);
    }

    @Test
    void anotherDistrictsPeopleAreOutOfReach() {
        String username = "riverside-" + UUID.randomUUID();
        String riversider = realmUsers.create("riverside", username, invitee(), PortalRole.FAMILY, null);

        assertThat(members.page(username, 0, 10)).isEmpty();
        assertRefused(() -> members.get(riversider), "member.error.not-in-district");
        assertRefused(() -> members.update(riversider, Set.of(PortalRole.DISTRICT_ADMIN), null), "member.error.not-in-district");
        assertRefused(() -> members.setEnabled(riversider, false), "member.error.not-in-district");
        UserRepresentation untouched = platform.client().realm("riverside").users().get(riversider).toRepresentation();
        assertThat(untouched.isEnabled()).isTrue();
        assertThat(platform.client().realm("riverside").users().get(riversider).roles().realmLevel().listAll())
                .extracting(r -> r.getName()).doesNotContain("district_admin");
    }

    @Test
    void aFailedInvitationLeavesNoAccountAndNoEntry() {
        RealmResource realm = platform.client().realm("springfield");
        RealmRepresentation settings = realm.toRepresentation();
        Map<String, String> working = settings.getSmtpServer();
        long entriesBefore = auditEntries("member.invited");
        String email = invitee();
        try (RealmUsers admin = new RealmUsers()) {
            admin.setSmtpPort("springfield", freePort());
            assertRefused(() -> members.invite(invitation(email, Set.of(PortalRole.FAMILY), null)),
                    "member.error.invitation-failed");
        } finally {
            try (RealmUsers admin = new RealmUsers()) {
                admin.setSmtpPort("springfield", Integer.parseInt(working.get("port")));
            }
        }
        assertThat(realm.users().searchByEmail(email, true)).isEmpty();
        assertThat(auditEntries("member.invited")).isEqualTo(entriesBefore);
    }

    @Test
    void onlyDistrictAdminsManagePeople() {
        SignedIn.as(springfield, "moderator-subject", "Mo Derator", PortalRole.MODERATOR, PortalRole.BOARD);
        assertThatThrownBy(() -> members.page(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.invite(invitation(invitee(), Set.of(PortalRole.FAMILY), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.setEnabled(adminSubject, false)).isInstanceOf(AccessDeniedException.class);
    }

    private Invitation invitation(String email, Set<PortalRole> roles, String organisation) {
        return new Invitation(email, "Test", "Person", roles, organisation, Locale.ENGLISH);
    }

    private String invitee() {
        return realmUsers.removeLater("springfield", "invitee-" + UUID.randomUUID() + "@springfield.example.org");
    }

    private long auditEntries(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where district_id = ? and action = ?", Long.class,
                springfield.id(), action);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(MemberRuleViolation.class)
                .extracting(e -> ((MemberRuleViolation) e).messageKey()).isEqualTo(messageKey);
    }
}
