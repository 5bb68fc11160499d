package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.Stance;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A flagged student comment reaches the moderator, who cannot learn who wrote it; a district admin asks with a
 * reason, a second admin (told by a notice) approves, and only then does the first see who wrote it; the comment is
 * removed with a public reason, readers see the reason in its place, and the public log counts it without its text.
 */
class ModerationE2ETest extends BrowserTest {

    @Autowired
    CommentService comments;
    @Autowired
    DraftService drafts;
    @Autowired
    CycleService cycles;
    @Autowired
    DistrictDirectory districts;

    @Test
    void revealingAStudentTakesTwoAdminsAndTheCommentIsRemovedWithAPublicReason() {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String words = "My friend " + UUID.randomUUID().toString().substring(0, 6) + " was hurt by an officer";
        String student;
        try (RealmUsers realm = new RealmUsers()) {
            student = realm.subjectOf("springfield", "student");
        }
        SignedIn.as(springfield, student, "Jordan Reyes", PortalRole.STUDENT);
        long cycle = cycles.current().orElseThrow().id();
        long draftId = drafts.draftsOf(cycle).getFirst().id();
        DraftVersion version = drafts.latestPublished(draftId).orElseThrow();
        long section = version.sections().get(2).id();
        long id = comments.post(section, Stance.CONCERN, words, null, Locale.ENGLISH);
        SignedIn.as(springfield, "flagger-" + UUID.randomUUID(), "A Parent", PortalRole.FAMILY);
        comments.flag(id, "Names a student and an injury");
        SignedIn.out();

        signInAt("/d/springfield", "moderator");
        browser.open(portalUrl() + "/d/springfield/moderation");
        browser.waitForText(By.id("flagged-" + id), words);
        assertThat(browser.find(By.id("flagged-" + id)).getText()).contains("Names a student and an injury");
        browser.assertAccessible("the moderation queue");

        // A moderator (often a volunteer) cannot even ask who wrote it.
        assertThat(browser.isPresent(By.id("reveal-" + id))).isFalse();
        assertThat(browser.isPresent(By.id("reveal-requests"))).isFalse();

        // A district admin asks, with a reason; a second admin is told and approves; then the first one may look.
        forgetEverySession();
        signInAt("/d/springfield/moderation", "district-admin");
        browser.waitForText(By.id("flagged-" + id), "Names a student and an injury");
        browser.click(By.id("reveal-" + id));
        browser.waitForText(By.id("form-error"), "Give the reason you need to know who wrote it.");
        browser.type(By.cssSelector("#reveal-reason-" + id + " input"), "Possible injury: the principal must follow up");
        browser.click(By.id("reveal-" + id));
        browser.waitForText(By.id("reveal-requests"), "Waiting for another district administrator.");
        String requests = browser.find(By.id("reveal-requests")).getText();
        assertThat(requests).contains("Possible injury").doesNotContain("Jordan Reyes");
        assertThat(browser.isPresent(By.cssSelector("[id^=approve-reveal-]"))).as("no approving one's own").isFalse();
        browser.assertAccessible("the moderation page with a request to reveal");

        forgetEverySession();
        signInAt("/d/springfield/notices", "district-admin-2");
        browser.waitForText(By.tagName("main"), "asks to reveal who wrote a student’s comment");
        browser.open(portalUrl() + "/d/springfield/moderation");
        browser.click(By.cssSelector("[id^=approve-reveal-]"));
        browser.waitForText(By.id("reveal-requests"), "Approved by Nadia Haddad.");
        assertThat(browser.isPresent(By.cssSelector("[id^=show-revealed-]"))).as("the approver does not see it").isFalse();

        forgetEverySession();
        signInAt("/d/springfield/moderation", "district-admin");
        browser.click(By.cssSelector("[id^=show-revealed-]"));
        browser.waitForText(By.cssSelector("#reveal-requests [role=status]"), "Written by Jordan Reyes (username student");

        // A reason from the district's list, which every reader gets in their own language.
        browser.click(By.id("moderation-choice-" + id));
        browser.script("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim() === 'Names or identifies a student' && i.getClientRects().length > 0);
                item.click();""");
        browser.waitForPage();
        browser.click(By.id("hide-" + id));
        browser.waitForText(By.id("moderation-status"), "The comment is removed");

        browser.open(portalUrl() + "/d/springfield/drafts/" + draftId + "/v/" + version.number());
        browser.waitForText(By.id("comment-list-3"), "Removed by moderator: Names or identifies a student");
        assertThat(browser.find(By.id("comment-list-3")).getText()).doesNotContain(words);
        browser.click(By.id("language-es"));
        browser.waitForText(By.id("comment-list-3"), "Retirado por moderación: Nombra o identifica a un estudiante");
        browser.click(By.id("language-en"));
        browser.waitForText(By.id("comment-list-3"), "Removed by moderator: Names or identifies a student");

        browser.open(portalUrl() + "/d/springfield/moderation-log");
        browser.waitForText(By.id("moderation-log"), "Names or identifies a student");
        assertThat(browser.find(By.id("moderation-log")).getText()).contains("Removed").doesNotContain(words);
        browser.assertAccessible("the public moderation log");

        // The list itself: the district's admins add a reason in the district's languages.
        browser.open(portalUrl() + "/d/springfield/moderation/reasons");
        browser.waitForText(By.id("deployment-reasons"), "Personal attack");
        String reason = "Shares a family's private details " + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.cssSelector("#new-reason-words-es input"), "Comparte datos privados de una familia");
        browser.click(By.id("add-reason"));
        browser.waitForText(By.id("form-error"), "Write the reason in English");
        assertThat(browser.find(By.cssSelector("#new-reason-words-es input")).getDomProperty("value"))
                .isEqualTo("Comparte datos privados de una familia");
        browser.type(By.cssSelector("#new-reason-words-en input"), reason);
        browser.click(By.id("add-reason"));
        browser.waitForText(By.id("reasons-status"), "The reason is added.");
        assertThat(browser.script("return [...document.querySelectorAll('#moderation-reasons input')].map(i => i.value)"
                + ".join('|')")).asString().contains(reason);
        browser.assertAccessible("the moderation reasons");
    }
}
