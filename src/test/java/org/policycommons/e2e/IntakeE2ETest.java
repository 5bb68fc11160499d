package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.policycommons.comment.CommentService;
import org.policycommons.comment.Stance;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.OpenReviews;
import org.policycommons.support.SignedIn;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A district admin enters testimony from a board meeting on the intake page (a refusal first, keeping what she
 * typed), it appears on the draft marked with its channel, and the board member reads it counted in the consolidated
 * input by channel; axe on each page.
 */
class IntakeE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    CommentService comments;

    @Test
    void staffEnterBoardMeetingTestimonyThatAppearsOnTheDraftAndInTheBoardsView() throws IOException {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        OpenReviews.Published review = OpenReviews.publishedDraft(cycles, drafts, springfield, today,
                "Testimony policy " + run, """
                # Purpose
                Officers keep schools safe.

                # Arrests
                Officers arrest students only when someone's safety is at risk.
                """);
        long draft = review.draft();
        long cycle = review.cycle();
        // Four families typed online, so that with the testimony's speaker the families are five: shown to the board.
        long purpose = drafts.version(draft, 1).orElseThrow().sections().getFirst().id();
        for (int i = 0; i < 4; i++) {
            SignedIn.as(springfield, "fam" + i + "-" + run, "Family " + i, PortalRole.FAMILY);
            comments.post(purpose, Stance.SUPPORT, "Agreed " + i, null, Locale.ENGLISH);
        }
        SignedIn.out();

        signInAt("/d/springfield/drafts/" + draft + "/v/1", "district-admin");
        browser.click(By.id("intake-link"));
        browser.find(By.id("save-intake"));
        browser.assertAccessible("the intake page");

        String testimony = "Speaker asked the board to end arrests for school fights " + run + ".";
        browser.choose("intake-channel", "Board meeting testimony");
        browser.setDate("intake-received", today.minusDays(1).toString());
        browser.choose("intake-group", "Family");
        browser.type(By.cssSelector("#intake-name input"), "Rosa Díaz");
        browser.pick("intake-sections", "2. Arrests");
        browser.pick("intake-stance", "Concern");
        browser.type(By.cssSelector("#intake-text textarea"), testimony);
        // The kind of text is not chosen yet: refused, and nothing typed is lost.
        browser.click(By.id("save-intake"));
        browser.waitForText(By.id("form-error"), "Say whether the text is as written or summarised by staff.");
        assertThat(browser.script("return document.querySelector('#intake-text textarea').value")).isEqualTo(testimony);
        assertThat(browser.script("return document.querySelector('#intake-name input').value")).isEqualTo("Rosa Díaz");
        browser.assertAccessible("the intake page with a refusal");

        browser.pick("intake-kind", "Summarised by district staff");
        browser.click(By.id("save-intake"));
        browser.waitForText(By.id("intake-status"), "The input is entered and counts in the consolidated input.");
        assertThat(text("intake-items")).contains(testimony, "Board meeting testimony", "sections 2")
                .doesNotContain("Rosa Díaz");
        assertThat(browser.script("return document.querySelector('#intake-text textarea').value"))
                .as("cleared for the next item").isEqualTo("");
        // The keyboard reaches the form's first field again after a save.
        browser.waitUntilTrue("return document.activeElement !== null"
                + " && document.activeElement.closest('#intake-channel') !== null");
        browser.assertAccessible("the intake page with an entered item");

        // A batch of paper forms from a CSV file: one row refused, named with its column; the valid row alone imported.
        Path forms = Files.writeString(Files.createTempFile("forms", ".csv"),
                "channel,received_on,group,name,sections,stance,text,text_kind,language\n"
                        + "paper_form," + today.minusDays(2) + ",family,,1,support,Form one " + run + ",as_written,en\n"
                        + "paper_form," + today.minusDays(2) + ",family,,7,support,Form two,as_written,en\n");
        browser.upload("intake-upload", forms);
        browser.waitForText(By.id("intake-report"), "The file has 2 rows; 1 of them can be imported.");
        assertThat(text("intake-problems")).contains("3", "sections", "\"7\" is not a section number of this version.");
        assertThat(browser.find(By.id("import-all")).getDomAttribute("disabled")).as("nothing until every row passes")
                .isNotNull();
        browser.assertAccessible("the intake page with a checked batch");
        browser.click(By.id("import-valid"));
        browser.waitForText(By.id("import-status"), "1 item imported.");
        assertThat(text("intake-items")).contains("Form one " + run).doesNotContain("Form two");

        browser.click(By.id("intake-back"));
        browser.waitForText(By.id("comment-list-2"), testimony);
        assertThat(text("comment-list-2")).contains("Testimony at a board meeting, entered by the district",
                "Summarised by district staff").doesNotContain("Rosa Díaz");
        browser.assertAccessible("the draft with testimony from a board meeting");
        signOut();

        signInAt("/d/springfield/consolidated/" + cycle, "board");
        browser.find(By.id("table-channels"));
        assertThat(text("board-comments")).contains("2. Arrests");
        assertThat(text("table-channels")).contains("Board meeting testimony", "Paper form", "Fewer than 5");
        browser.assertAccessible("the consolidated input with its channels");
        browser.choose("drill-section", "2. Arrests");
        browser.click(By.id("drill-show"));
        browser.waitForText(By.id("drill-list"), testimony);
        assertThat(text("drill-list")).doesNotContain("Rosa Díaz");
    }

    private static String text(String id) {
        return String.valueOf(browser.script("return document.getElementById(arguments[0]).textContent", id));
    }
}
