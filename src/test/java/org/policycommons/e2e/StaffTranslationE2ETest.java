package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.comment.CommentService;
import org.policycommons.comment.Stance;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.PdfUa;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A district admin translates an English comment into Spanish from the draft page; a Spanish reader sees it as
 * "Traducido por el distrito" beside the original; a board member's Spanish packet prints it beside its original.
 */
class StaffTranslationE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    CommentService comments;
    @Autowired
    DistrictDirectory districts;

    @Test
    void aStaffTranslationIsShownBesideItsOriginalAndPrintedInTheSpanishPacket() throws Exception {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 6);
        // A review of its own, open for comment, that starts before the demo's so that the demo's stays the current one.
        SignedIn.as(springfield, "admin-" + run, "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        long cycle = cycles.createCycle(CyclePlans.sample(LocalDate.now(ZoneId.of("America/Chicago")).minusDays(16)));
        long draft = drafts.createDraft(cycle, "Data policy " + run, """
                # Data
                The district keeps arrest data.

                # Complaints
                Anyone may complain.
                """);
        drafts.publish(draft, drafts.draft(draft).orElseThrow().version());
        long section = drafts.version(draft, 1).orElseThrow().sections().getFirst().id();
        long other = drafts.version(draft, 1).orElseThrow().sections().get(1).id();
        String english = "Publish the figures every term " + run + ".";
        // Five families take part, so that their group is shown; the first comment is the section's representative.
        SignedIn.as(springfield, "fam0-" + run, "Family 0", PortalRole.FAMILY);
        long commentId = comments.post(section, Stance.SUGGESTION, english, null, Locale.ENGLISH);
        for (int i = 1; i < 5; i++) {
            SignedIn.as(springfield, "fam" + i + "-" + run, "Family " + i, PortalRole.FAMILY);
            comments.post(other, Stance.SUPPORT, "Agreed " + i, null, Locale.ENGLISH);
        }
        SignedIn.out();

        String spanish = "Publiquen las cifras cada trimestre " + run + ".";
        signInAt("/d/springfield/drafts/" + draft + "/v/1", "district-admin");
        browser.click(By.id("translate-" + commentId));
        browser.type(By.cssSelector("#translate-text-" + commentId + " textarea"), spanish);
        browser.assertAccessible("translating a comment");
        browser.click(By.id("save-translation-" + commentId));
        browser.waitForText(By.id("comments-news-1"), "The district's translation is saved.");

        browser.click(By.id("language-es"));
        browser.waitForText(By.id("staff-translation-" + commentId), "Traducido por el distrito:");
        assertThat(text("staff-translation-" + commentId)).contains(spanish);
        assertThat(browser.find(By.cssSelector("#staff-translation-" + commentId + " p")).getDomAttribute("lang"))
                .isEqualTo("es");
        assertThat(text("comment-" + commentId)).as("beside the original, never in its place").contains(english);
        browser.assertAccessible("a comment with the district's translation");
        browser.click(By.id("language-en"));
        browser.waitUntilTrue("return document.documentElement.lang === 'en'");
        signOut();

        signInAt("/d/springfield/consolidated/" + cycle, "board");
        browser.find(By.id("table-languages"));
        assertThat(text("table-languages")).contains("English");
        byte[] pdf = browser.download(By.id("export-packet-es"), "board-packet-" + cycle + "-es.pdf");
        PdfUa.assertConforms(pdf, "the Spanish packet with an English comment and its translation");
        try (PDDocument packet = Loader.loadPDF(pdf)) {
            String printed = new PDFTextStripper().getText(packet).replaceAll("\\s+", " ");
            assertThat(printed).contains("traducido por el distrito: " + spanish)
                    .contains("El original, en inglés: " + english)
                    .contains("Comentarios por idioma");
        }
    }

    private String text(String id) {
        return String.valueOf(browser.script("return document.getElementById(arguments[0]).textContent", id));
    }
}
