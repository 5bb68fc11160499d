package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a phone-width screen, a family member sorts and filters a section's comments on the draft page (the controls
 * built only when asked), and a visitor does the same on the public section page with a plain form; axe on both.
 */
class CommentFilterE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    CommentService comments;

    @AfterEach
    void wideAgain() {
        browser.resize(1280, 900);
    }

    @Test
    void aReaderOnAPhoneSortsAndFiltersASectionsComments() {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
        long draft = OpenReviews.publishedDraft(cycles, drafts, springfield, today, "Filter policy " + run,
                "# Arrests\nOfficers arrest students.\n").draft();
        long section = drafts.version(draft, 1).orElseThrow().sections().getFirst().id();
        Stance[] stances = {Stance.SUPPORT, Stance.CONCERN, Stance.CONCERN, Stance.QUESTION, Stance.SUGGESTION};
        for (int i = 0; i < stances.length; i++) {
            SignedIn.as(springfield, "fam" + i + "-" + run, "Family " + i, PortalRole.FAMILY);
            comments.post(section, stances[i], "Said " + stances[i].name().toLowerCase() + " " + i + " " + run, null,
                    Locale.ENGLISH);
        }
        SignedIn.out();

        browser.resize(390, 844);
        signInAt("/d/springfield/drafts/" + draft + "/v/1", "family");
        browser.waitForText(By.id("comment-list-1"), "Said support 0 " + run);
        assertThat(browser.isPresent(By.id("filter-stance-1"))).as("built only when asked").isFalse();
        browser.click(By.id("comment-filters-1"));
        assertThat(browser.find(By.id("comment-filters-1")).getDomAttribute("aria-expanded")).isEqualTo("true");
        // The button is drawn again as it opens the lists (docs/decisions/031); the focus stays on it.
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("comment-filters-1");
        // The lists come right after their button, before the comments: the keyboard's next stop.
        assertThat(browser.script("""
                const button = document.getElementById('comment-filters-1');
                const lists = document.getElementById('comment-filter-controls-1');
                const threads = document.getElementById('comment-list-1');
                return !!(button.compareDocumentPosition(lists) & Node.DOCUMENT_POSITION_FOLLOWING)
                    && !!(lists.compareDocumentPosition(threads) & Node.DOCUMENT_POSITION_FOLLOWING);""")).isEqualTo(true);
        browser.choose("filter-stance-1", "Concern");
        browser.waitUntilTrue("""
                return document.querySelectorAll('#comment-list-1 article.depth-0').length === 2;""");
        assertThat(listText()).contains("Said concern 1 " + run, "Said concern 2 " + run)
                .doesNotContain("Said support 0 " + run);
        browser.choose("filter-sort-1", "Newest first");
        browser.waitUntilTrue("""
                const first = document.querySelector('#comment-list-1 article.depth-0');
                return !!first && first.textContent.includes(arguments[0]);""", "Said concern 2 " + run);
        browser.assertAccessible("a section's comments filtered on a phone");
        // Closed by keyboard: the lists go, every choice undone, and the focus is still on the button.
        browser.script("document.getElementById('comment-filters-1').focus();");
        browser.press(Keys.ENTER);
        browser.waitUntilTrue("return document.getElementById('comment-filters-1').ariaExpanded === 'false';");
        assertThat(browser.isPresent(By.id("filter-stance-1"))).isFalse();
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("comment-filters-1");
        browser.waitUntilTrue("""
                return document.querySelectorAll('#comment-list-1 article.depth-0').length > 2;""");

        // Searching the version's comments: a search too long is refused with the words kept, then one that finds.
        browser.type(By.cssSelector("#comment-search-words input"), "q".repeat(201));
        browser.click(By.id("comment-search-go"));
        browser.waitForText(By.id("comment-search-error"), "A search can have at most 200 characters; this one has 201.");
        assertThat(browser.find(By.cssSelector("#comment-search-words input")).getDomProperty("value")).hasSize(201);
        browser.type(By.cssSelector("#comment-search-words input"), "question");
        browser.press(Keys.ENTER);
        browser.waitForText(By.id("comment-search-summary"), "1 comment has the words “question”");
        assertThat(browser.find(By.id("comment-search-results")).getText()).contains("Said question 3 " + run,
                "On section 1. Arrests");
        browser.assertAccessible("a search of the comments on a phone");
        signOut();

        browser.open(portalUrl() + "/public/springfield/sections/" + section);
        new Select(browser.find(By.id("filter-stance"))).selectByValue("concern");
        new Select(browser.find(By.id("filter-sort"))).selectByValue("newest");
        browser.click(By.id("filter-apply"));
        browser.waitForUrlContaining("stance=concern");
        String page = browser.find(By.id("comments")).getText();
        assertThat(page).contains("Said concern 2 " + run).doesNotContain("Said question 3 " + run);
        assertThat(page.indexOf("Said concern 2 " + run)).isLessThan(page.indexOf("Said concern 1 " + run));
        browser.assertAccessible("the public section page filtered on a phone");
    }

    private static String listText() {
        return String.valueOf(browser.script("return document.getElementById('comment-list-1').textContent;"));
    }
}
