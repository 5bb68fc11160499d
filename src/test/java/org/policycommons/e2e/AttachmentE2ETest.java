package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;

import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.DemoDraftPage;
import org.policycommons.support.OpenReviews;
import org.policycommons.support.SignedIn;
import org.policycommons.support.TestFiles;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A civil-rights group attaches a position paper to its comment (a file that is not a PDF refused first, whatever its
 * name); a board member downloads it from the draft page, and anyone from the public section page, always as a
 * download with the type its content showed; axe on each page.
 */
class AttachmentE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;

    @Test
    void aCivilRightsGroupAttachesAPositionPaperAndABoardMemberDownloadsIt() throws Exception {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        long draft = OpenReviews.publishedDraft(cycles, drafts, springfield, today, "Paper policy " + run,
                "# Data\nThe district publishes arrest data.\n").draft();
        long section = drafts.version(draft, 1).orElseThrow().sections().getFirst().id();
        SignedIn.out();

        String page = "/d/springfield/drafts/" + draft + "/v/1";
        signInAt(page, "civil-rights");
        DemoDraftPage.openCommentForm(browser, "1");
        browser.pick("stance-1", "Suggestion");
        String words = "Our position paper sets out the data we ask for " + run + ".";
        browser.type(By.cssSelector("#comment-text-1 textarea"), words);
        browser.click(By.id("post-comment-1"));
        browser.waitForText(By.id("comment-list-1"), words);
        String commentId = String.valueOf(browser.script("""
                return [...document.querySelectorAll('#comment-list-1 article')]
                    .find(a => a.textContent.includes(arguments[0])).id.replace('comment-', '');""", words));

        // A picture named .pdf is refused: the type is read from the contents.
        Path fake = Files.write(Files.createTempFile("paper", ".pdf"), Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        upload(commentId, fake);
        browser.waitForText(By.id("comments-error-1"), "Only a PDF document can be attached here");
        browser.assertAccessible("a refused attachment");

        Path paper = Files.write(Files.createTempFile("position-paper", ".pdf"),
                TestFiles.pdf(false, false));
        upload(commentId, paper);
        browser.waitForText(By.id("comments-news-1"), "The file is attached.");
        String fileName = paper.getFileName().toString();
        browser.waitForText(By.id("attachments-" + commentId), fileName);
        String attachment = String.valueOf(browser.script("""
                return document.querySelector('#attachments-' + arguments[0] + ' a').id.replace('attachment-', '');""",
                commentId));
        browser.assertAccessible("a comment with a position paper");
        signOut();

        signInAt(page, "board");
        byte[] downloaded = browser.download(By.id("attachment-" + attachment), fileName);
        assertThat(downloaded).isEqualTo(Files.readAllBytes(paper));
        signOut();

        // The public section page links it; the file comes as a download, never shown in the page.
        browser.open(portalUrl() + "/public/springfield/sections/" + section);
        browser.find(By.id("attachment-" + attachment));
        browser.assertAccessible("the public section page with a position paper");
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(portalUrl() + "/public/springfield/attachments/" + attachment)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains(fileName);
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.body()).isEqualTo(Files.readAllBytes(paper));
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(portalUrl() + "/public/riverside/attachments/" + attachment)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("another district's address").isEqualTo(404);
    }

    private static void upload(String commentId, Path file) {
        browser.upload("attach-" + commentId, file);
    }
}
