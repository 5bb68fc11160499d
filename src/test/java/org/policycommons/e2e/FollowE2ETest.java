package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.Follows;
import org.policycommons.comment.Stance;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.identity.PortalRole;
import org.policycommons.participant.EmailDigest;
import org.policycommons.participant.Participant;
import org.policycommons.participant.ParticipantService;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A parent follows a section by keyboard, is told in the portal and by email when someone replies to her comment, and
 * stops the emails from the email's own link without signing in.
 */
class FollowE2ETest extends BrowserTest {

    private static final String FAMILY_MAIL = "family@springfield.example.org";

    @Autowired
    CommentService comments;
    @Autowired
    Follows follows;
    @Autowired
    DraftService drafts;
    @Autowired
    CycleService cycles;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    ParticipantService participants;

    @Test
    void aParentFollowsASectionIsToldOfAReplyAndUnsubscribesFromTheEmail() throws Exception {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String parent;
        try (RealmUsers realm = new RealmUsers()) {
            parent = realm.subjectOf("springfield", "family");
        }
        SignedIn.as(springfield, parent, "Maria Lopez", PortalRole.FAMILY);
        Draft draft = drafts.draftsOf(cycles.current().orElseThrow().id()).stream()
                .filter(d -> d.title().equals("School resource officer policy")).findFirst().orElseThrow();
        DraftVersion version = drafts.latestPublished(draft.id()).orElseThrow();
        long section = version.sections().get(3).id();
        SignedIn.out();
        try {
            signInAt("/d/springfield/drafts/" + draft.id() + "/v/" + version.number(), "family");
            WebElement follow = browser.find(By.id("follow-section-4"));
            assertThat(follow.getDomAttribute("aria-pressed")).isEqualTo("false");
            browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", follow);
            browser.press(Keys.ENTER);
            browser.waitUntilTrue("return document.getElementById('follow-section-4').getAttribute('aria-pressed') === 'true';");
            browser.waitForText(By.id("follow-section-4-state"), "You follow this section");
            browser.script("document.getElementById('follow-draft').scrollIntoView({block: 'center'});");
            assertThat(browser.find(By.id("follow-draft")).getDomAttribute("aria-pressed")).isEqualTo("false");
            browser.assertAccessible("the draft with a followed section");

            // Her comment there, and a teacher's reply to it.
            SignedIn.as(springfield, parent, "Maria Lopez", PortalRole.FAMILY);
            assertThat(follows.following(draft.id()).section(version.sections().get(3).key())).isTrue();
            long mine = comments.post(section, Stance.QUESTION, "Who sees the incident log? " + run, null,
                    Locale.ENGLISH);
            SignedIn.as(springfield, "teacher-" + run, "Tom Becker", PortalRole.EDUCATOR);
            comments.reply(mine, "The principal and the district's office do. " + run, Locale.ENGLISH);
            SignedIn.out();

            browser.open(portalUrl() + "/d/springfield/notices");
            browser.waitForText(By.id("notices"), "Someone replied to your comment in");
            browser.assertAccessible("the notices with a reply");
            String link = (String) browser.script("""
                    return [...document.querySelectorAll('#notices a')].find(a => a.textContent === 'Read the reply')
                        .getAttribute('href');""");
            assertThat(link).endsWith("/drafts/" + draft.id() + "/v/" + version.number() + "#section-4");

            MimeMessage email = awaitReplyEmail();
            String unsubscribe = email.getHeader("List-Unsubscribe")[0];
            assertThat(email.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(unsubscribe).startsWith("<" + portalUrl() + "/public/springfield/unsubscribe?t=").endsWith(">");
            String url = unsubscribe.substring(1, unsubscribe.length() - 1);
            assertThat(textOf(email.getContent())).contains(url);

            // From the email, signed out: the link asks first, and the button stops the emails.
            signOut();
            browser.open(url);
            browser.waitForText(By.id("unsubscribe-form"), "Stop emails");
            browser.assertAccessible("the unsubscribe page");
            assertThat(emailOn(springfield, parent)).isTrue();
            browser.click(By.id("unsubscribe-confirm"));
            browser.waitForText(By.id("unsubscribe-done"), "no more emails will be sent to you");
            assertThat(emailOn(springfield, parent)).isFalse();

            // A link changed by hand is refused in words.
            browser.open(url.replace("t=", "t=9"));
            browser.waitForText(By.id("unsubscribe-refused"), "This link does not work");
            browser.assertAccessible("a refused unsubscribe link");
        } finally {
            SignedIn.as(springfield, parent, "Maria Lopez", PortalRole.FAMILY);
            participants.wantEmailNotices(true);
            participants.chooseEmailDigest(EmailDigest.EACH);
            follows.unfollowSection(section);
            SignedIn.out();
        }
    }

    private boolean emailOn(District district, String subject) {
        SignedIn.as(district, subject, "Maria Lopez", PortalRole.FAMILY);
        boolean on = participants.current().map(Participant::emailNotices).orElseThrow();
        SignedIn.out();
        return on;
    }

    private static MimeMessage awaitReplyEmail() throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(FAMILY_MAIL)
                            && m.getSubject().startsWith("Someone replied to your comment");
                } catch (jakarta.mail.MessagingException e) {
                    return false;
                }
            }).reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No email about the reply reached " + FAMILY_MAIL);
    }
}
