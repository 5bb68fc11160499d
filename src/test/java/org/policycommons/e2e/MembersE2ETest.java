package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.member.MemberService;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A district admin's people page in Chromium, and what a change there does to the person concerned: a role granted
 * opens its pages at the person's next page, a role removed closes them again, and a disabled person cannot sign in.
 */
class MembersE2ETest extends BrowserTest {

    @Autowired
    MemberService members;
    @Autowired
    DistrictDirectory districts;

    private final RealmUsers realmUsers = new RealmUsers();

    @AfterEach
    void removeWhatWasMade() {
        SignedIn.out();
        realmUsers.close();
    }

    @Test
    void anAdminInvitesSomeoneAndManagesTheirRoles() throws Exception {
        String email = realmUsers.removeLater("springfield", "new-educator-" + UUID.randomUUID() + "@springfield.example.org");
        signInAt("/d/springfield", "district-admin");
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='People']"));
        browser.waitForText(By.tagName("h1"), "People");
        browser.find(By.cssSelector("#members-grid vaadin-grid-cell-content"));
        browser.assertAccessible("the people page");

        browser.type(By.cssSelector("#invite-email input"), "not-an-address");
        browser.type(By.cssSelector("#invite-first-name input"), "Ada");
        browser.type(By.cssSelector("#invite-last-name input"), "Lovelace");
        browser.click(role("invite-roles", "Educator"));
        browser.click(By.id("invite-send"));
        // Refused with a reason, and what was typed stays.
        browser.waitForText(By.id("invite-error"), "Enter an email address");
        assertThat(browser.script("return document.querySelector('#invite-first-name input').value")).isEqualTo("Ada");

        browser.script("const f = document.querySelector('#invite-email input'); f.value = ''; "
                + "f.dispatchEvent(new Event('input', {bubbles: true}));");
        browser.type(By.cssSelector("#invite-email input"), email);
        browser.click(By.id("invite-send"));
        browser.waitForText(By.id("member-editor-title"), "Manage Ada Lovelace");
        assertThat(browser.focused().getAttribute("id")).as("focus moves to the person's form").isEqualTo("member-editor-title");
        assertThat(browser.find(By.id("member-editor")).getText()).contains("Invited, no password set yet");
        assertThat(textOf(firstMailTo(email).getContent())).contains("login-actions/action-token");

        // The admin makes the new educator a moderator as well.
        browser.click(role("member-roles", "Moderator"));
        browser.click(By.id("member-save"));
        browser.waitForText(By.id("members-grid"), "Educator, Moderator");
        browser.assertAccessible("the people page with a person's form open");

        // The admin cannot remove their own, last administrator role; the choice stays on the form. (The demo
        // district's second admin is away for this part.)
        realmUsers.setEnabled("springfield", "district-admin-2", false);
        try {
            removingTheLastAdminRoleIsRefused();
        } finally {
            realmUsers.setEnabled("springfield", "district-admin-2", true);
        }
    }

    private void removingTheLastAdminRoleIsRefused() {
        browser.type(By.cssSelector("#members-search input"), "district-admin@");
        // The search reaches the server after a pause in typing; then the grid holds that one person.
        browser.waitUntilTrue("return document.getElementById('members-grid').size === 1");
        browser.waitForPage();
        browser.click(By.xpath("//vaadin-button[@aria-label='Manage Carlos Mendoza']"));
        browser.waitForText(By.id("member-editor-title"), "Manage Carlos Mendoza");
        browser.click(role("member-roles", "Moderator"));
        browser.click(role("member-roles", "District administrator"));
        browser.click(By.id("member-save"));
        browser.waitForText(By.id("member-error"), "only enabled administrator");
        assertThat(browser.find(role("member-roles", "Moderator")).getDomProperty("checked"))
                .as("the admin's choice stays on the form").isEqualTo("true");
        assertThat(browser.find(role("member-roles", "District administrator")).getDomProperty("checked")).isEqualTo("false");
    }

    @Test
    void aRoleGrantedOrRemovedTakesEffectAtThePersonsNextPage() {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String username = "role-change-" + UUID.randomUUID();
        String id = realmUsers.create("springfield", username, username + "@springfield.example.org", PortalRole.FAMILY, null);
        realmUsers.setPassword("springfield", id, DEMO_PASSWORD);
        String admin = realmUsers.subjectOf("springfield", "district-admin");

        signInAt("/d/springfield", username);
        browser.open(portalUrl() + "/d/springfield/moderation");
        browser.waitForText(By.id("access-denied-title"), "You cannot open this page");

        SignedIn.as(springfield, admin, "Dana Admin", PortalRole.DISTRICT_ADMIN);
        members.update(id, Set.of(PortalRole.FAMILY, PortalRole.MODERATOR), null);
        browser.open(portalUrl() + "/d/springfield/moderation");
        browser.find(By.id("moderation-page"));
        assertThat(browser.find(By.id("signed-in-role")).getText()).contains("Moderator");

        members.update(id, Set.of(PortalRole.FAMILY), null);
        browser.open(portalUrl() + "/d/springfield/moderation");
        browser.waitForText(By.id("access-denied-title"), "You cannot open this page");

        members.setEnabled(id, false);
        browser.open(portalUrl() + "/d/springfield?sign-in");
        browser.waitForUrlContaining("/protocol/openid-connect/auth");
        signIn(username, DEMO_PASSWORD);
        // Keycloak answers on its own sign-in page: "Account is disabled, contact your administrator."
        browser.waitForText(By.tagName("body"), "disabled");
        assertThat(browser.isPresent(By.id("district-name"))).isFalse();
    }

    /** One role's checkbox in a group of role checkboxes, by its label. */
    private static By role(String groupId, String label) {
        return By.xpath("//vaadin-checkbox-group[@id='" + groupId + "']/vaadin-checkbox[normalize-space(.)='" + label + "']");
    }
}
