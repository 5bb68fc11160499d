package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.support.Browser;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.DemoDraftPage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Commenting as people do it: a parent comments on a section of the draft out for comment, quoting a sentence; a
 * teacher reading the same page sees it arrive without reloading and replies; a student appears by pseudonym; a
 * civil-rights group by its organisation, and it co-signs.
 */
class CommentE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;

    @Test
    void aParentCommentsAndAnotherReaderSeesItArriveAndReplies() {
        String page = draftPage();
        signInAt(page, "family");
        // The form is closed until asked, so the text reads as a document; it opens by keyboard, focused.
        assertThat(browser.isPresent(By.id("comment-form-2"))).isFalse();
        assertThat(browser.find(By.id("comment-open-2")).getDomAttribute("aria-expanded")).isEqualTo("false");
        DemoDraftPage.openCommentForm(browser, "2");
        browser.waitUntilTrue("return !!document.activeElement && !!document.activeElement.closest('#stance-2');");
        chooseStance("2", "Concern");
        browser.type(By.cssSelector("#comment-text-2 textarea"), "x".repeat(4001));
        browser.waitForText(By.id("comment-counter-2"), "1 character over the limit of 4,000");
        browser.click(By.id("post-comment-2"));
        browser.waitForText(By.id("comment-error-2"), "A comment can have at most 4,000 characters.");
        assertThat(browser.find(By.cssSelector("#comment-text-2 textarea")).getDomProperty("value")).hasSize(4001);

        browser.type(By.cssSelector("#comment-text-2 textarea"), "Who decides what counts as a threat to safety?");
        browser.click(By.id("quote-sentence-2"));
        browser.script("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim().startsWith('School staff') && i.getClientRects().length > 0);
                item.click();""");
        browser.waitForPage();

        try (Browser teacher = Browser.start()) {
            signInAt(teacher, page, "educator");
            teacher.find(By.id("comment-list-2"));

            browser.click(By.id("post-comment-2"));
            browser.waitForText(By.id("comment-list-2"), "Who decides what counts as a threat to safety?");
            String posted = browser.find(By.id("comment-list-2")).getText();
            assertThat(posted).contains("Maria Lopez", "Family", "CONCERN", "School staff");
            browser.assertAccessible("a draft with a comment");

            // Pushed to the other reader, no reload.
            teacher.waitForText(By.id("comment-list-2"), "Who decides what counts as a threat to safety?");
            String commentId = teacher.find(By.cssSelector("#comment-list-2 article")).getDomAttribute("id");
            String number = commentId.substring("comment-".length());
            // Written in English, it is marked English for screen readers on a page read in Spanish too.
            teacher.click(By.id("language-es"));
            teacher.waitUntilTrue("return document.documentElement.lang === 'es'");
            assertThat(teacher.find(By.cssSelector("#" + commentId + " .comment-body")).getDomAttribute("lang"))
                    .isEqualTo("en");
            teacher.click(By.id("language-en"));
            teacher.waitUntilTrue("return document.documentElement.lang === 'en'");

            // The author edits it before anyone replies; the earlier wording stays on record for her to see.
            browser.click(By.id("edit-" + number));
            browser.type(By.cssSelector("#edit-text-" + number + " textarea"),
                    "Who decides what counts as a threat to safety at school?");
            browser.click(By.id("save-edit-" + number));
            browser.waitForText(By.id("comment-" + number), "safety at school?");
            browser.click(By.id("history-" + number));
            browser.waitForText(By.id("history-list-" + number), "Who decides what counts as a threat to safety?");
            teacher.waitForText(By.id("comment-list-2"), "safety at school?");
            teacher.click(By.id("reply-" + commentId.substring("comment-".length())));
            teacher.type(By.cssSelector("#reply-text-" + commentId.substring("comment-".length()) + " textarea"),
                    "The principal, under section 3.");
            teacher.click(By.id("send-reply-" + commentId.substring("comment-".length())));
            teacher.waitForText(By.id("comment-list-2"), "The principal, under section 3.");

            browser.waitForText(By.id("comment-list-2"), "The principal, under section 3.");
            assertThat(browser.find(By.id("comment-list-2")).getText()).contains("Daniel Okafor", "Educator");
        }
    }

    @Test
    void aStudentShowsByPseudonymAndACivilRightsGroupByItsOrganisationWhichCoSigns() {
        String page = draftPage();
        signInAt(page, "student");
        chooseStance("4", "Suggestion");
        browser.type(By.cssSelector("#comment-text-4 textarea"), "Ask students what training officers need.");
        browser.click(By.id("post-comment-4"));
        browser.waitForText(By.id("comment-list-4"), "Ask students what training officers need.");
        assertThat(browser.pageText()).as("a student is never shown by name").doesNotContain("Jordan Reyes");
        String shownAs = browser.find(By.cssSelector("#comment-list-4 .comment-author")).getText();
        assertThat(shownAs).isNotBlank();
        signOut();

        signInAt(page, "civil-rights");
        String studentComment = browser.find(By.xpath("//*[@id='comment-list-4']//article[.//*[contains(@class,'comment-author') and text()='"
                + shownAs + "']]")).getDomAttribute("id").substring("comment-".length());
        browser.click(By.id("cosign-" + studentComment));
        browser.waitForText(By.id("comment-" + studentComment), "Co-signed by Springfield Civil Rights Coalition");
        chooseStance("5", "Suggestion");
        browser.type(By.cssSelector("#comment-text-5 textarea"), "Publish the numbers by school as well.");
        browser.click(By.id("post-comment-5"));
        browser.waitForText(By.id("comment-list-5"), "Springfield Civil Rights Coalition");
        assertThat(browser.find(By.id("comment-list-5")).getText()).doesNotContain("Aisha Johnson");
        browser.assertAccessible("comments with a co-signature");
    }

    private void chooseStance(String section, String label) {
        DemoDraftPage.chooseStance(browser, section, label);
    }

    private String draftPage() {
        return DemoDraftPage.path(cycles, drafts, districts);
    }
}
