package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.Stance;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.identity.PortalRole;
import org.policycommons.identity.TenantScope;
import org.policycommons.identity.UserSignedIn;
import org.policycommons.participant.ParticipantService;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** The district answers a parent's comment; the parent finds the answer in a notice, under the comment and by email. */
class ResponseE2ETest extends BrowserTest {

    @Autowired
    CommentService comments;
    @Autowired
    DraftService drafts;
    @Autowired
    CycleService cycles;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    ParticipantService participants;

    @Test
    void anAdminAnswersACommentAndItsAuthorIsTold() {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String question = "Can a complaint be anonymous? " + UUID.randomUUID().toString().substring(0, 6);
        String parent;
        try (RealmUsers realm = new RealmUsers()) {
            parent = realm.subjectOf("springfield", "family");
        }
        // As her sign-in would have recorded her: the address her emails go to.
        String subject = parent;
        TenantScope.runAs(springfield.id(), () -> participants.recordSignIn(new UserSignedIn(springfield.id(), subject,
                "family@springfield.example.org", Set.of(PortalRole.FAMILY))));
        SignedIn.as(springfield, parent, "Maria Lopez", PortalRole.FAMILY);
        Draft draft = drafts.draftsOf(cycles.current().orElseThrow().id()).stream()
                .filter(d -> d.title().equals("School resource officer policy")).findFirst().orElseThrow();
        DraftVersion version = drafts.latestPublished(draft.id()).orElseThrow();
        long id = comments.post(version.sections().get(5).id(), Stance.QUESTION, question, null, Locale.ENGLISH);
        SignedIn.out();

        signInAt("/d/springfield", "district-admin");
        browser.open(portalUrl() + "/d/springfield/responses");
        browser.click(By.id("respond-" + draft.id()));
        browser.waitForText(By.id("unanswered-6"), question);
        browser.click(By.id("send-response"));
        browser.waitForText(By.id("form-error"), "Tick at least one comment to answer.");
        browser.click(By.id("pick-" + id));
        browser.type(By.cssSelector("#response-text textarea"),
                "Yes: the next version lets anyone complain without giving a name.");
        assertThat(browser.find(By.id("response-text-es")).getAttribute("lang")).isEqualTo("es");
        browser.type(By.cssSelector("#response-text-es textarea"),
                "Sí: la próxima versión permite reclamar sin dar el nombre.");
        browser.click(By.id("response-disposition"));
        browser.script("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim() === 'Partly adopted' && i.getClientRects().length > 0);
                item.click();""");
        browser.waitForPage();
        browser.assertAccessible("answering comments");
        browser.click(By.id("send-response"));
        browser.waitForText(By.id("respond-status"), "The response is sent to the authors of 1 comment.");
        assertThat(browser.find(By.id("unanswered-6")).getText()).doesNotContain(question);
        signOut();

        signInAt("/d/springfield", "family");
        browser.open(portalUrl() + "/d/springfield/notices");
        browser.waitForText(By.id("notices"), "The district responded to your comment in");
        assertThat(browser.find(By.id("notices")).getText()).contains("Partly adopted");
        browser.open(portalUrl() + "/d/springfield/drafts/" + draft.id() + "/v/" + version.number());
        browser.waitForText(By.id("comment-" + id), "District response: Partly adopted");
        assertThat(browser.isPresent(By.id("edit-" + id))).as("answered, so no longer editable").isFalse();
        browser.open(portalUrl() + "/d/springfield/responses");
        browser.waitForText(By.id("responses"), "anyone complain without giving a name");
        browser.assertAccessible("the district responses");
        browser.click(By.id("language-es"));
        browser.waitForText(By.id("responses"), "permite reclamar sin dar el nombre");
        browser.click(By.id("language-en"));
        browser.waitForText(By.id("responses"), "anyone complain without giving a name");

        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!mailedToFamily() && System.nanoTime() < deadline) {
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        assertThat(mailedToFamily()).as("an email about the response").isTrue();
    }

    private static boolean mailedToFamily() {
        return Arrays.stream(MAIL.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("family@springfield.example.org")
                        && m.getSubject().startsWith("The district responded to your comment");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        });
    }
}
