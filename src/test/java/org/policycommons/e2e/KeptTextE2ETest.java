package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.PortalRole;
import org.policycommons.limit.AbuseLimits;
import org.policycommons.limit.LimitedAction;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.DemoDraftPage;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nothing a person types is lost: a comment being written survives a reload of the tab (a session that ended, a
 * portal instance that died) and says so; it is forgotten once posted and at sign-out; a comment over the limit is
 * refused with when to try again, and the text stays in the box.
 */
class KeptTextE2ETest extends BrowserTest {

    private static final String BOX = "#comment-text-3 textarea";

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    AbuseLimits limits;

    @Test
    void aCommentBeingWrittenSurvivesAReloadAndIsForgottenOncePostedAndAtSignOut() {
        String page = draftPage();
        signInAt(page, "partner");
        String words = "Officers should wear body cameras in every school " + System.nanoTime();
        DemoDraftPage.openCommentForm(browser, "3");
        browser.type(By.cssSelector(BOX), words);

        // The portal instance that held the session is gone: the page loads again on a new session, signed in again
        // silently through Keycloak's, and only the browser still has the text.
        browser.deleteCookies();
        browser.open(portalUrl() + page);
        browser.waitUntilTrue("return document.querySelector(arguments[0])?.value === arguments[1]", BOX, words);
        browser.waitForText(By.id("comment-text-3-kept"), "We kept what you were writing.");
        browser.assertAccessible("a draft with a kept comment");

        chooseStance("3", "Suggestion");
        browser.click(By.id("post-comment-3"));
        browser.waitForText(By.id("comment-list-3"), words);
        browser.waitUntilTrue(KEPT_COUNT + " === 0");
        browser.open(portalUrl() + page);
        // Nothing kept any more: the form stays closed until asked.
        DemoDraftPage.openCommentForm(browser, "3");
        browser.find(By.cssSelector(BOX));
        assertThat(browser.script("return document.querySelector(arguments[0]).value", BOX)).isEqualTo("");
        assertThat(browser.script("return document.getElementById('comment-text-3-kept').textContent")).isEqualTo("");

        browser.type(By.cssSelector(BOX), "Half a thought");
        assertThat(keptDrafts()).isEqualTo(1);
        signOut();
        browser.find(By.id("operator-sign-in"));
        assertThat(keptDrafts()).isZero();
    }

    @Test
    void aCommentOverTheLimitIsRefusedWithWhenToTryAgainAndTheTextStays() throws Exception {
        String page = draftPage();
        // The limit is per clock minute: start well inside one, so that the ten before and the refused one share it.
        while (LocalTime.now().getSecond() > 40) {
            Thread.sleep(1000);
        }
        District springfield = districts.bySlug("springfield").orElseThrow();
        try (RealmUsers realm = new RealmUsers()) {
            SignedIn.as(springfield, realm.subjectOf("springfield", "civil-rights"), "Aisha Johnson",
                    PortalRole.CIVIL_RIGHTS);
        }
        // Fill this minute's allowance (other tests may have used some of it).
        for (int i = 0; i < 10; i++) {
            try {
                limits.count(LimitedAction.COMMENT);
            } catch (org.policycommons.common.RuleViolation full) {
                break;
            }
        }
        SignedIn.out();

        signInAt(page, "civil-rights");
        String words = "Our eleventh comment this minute, which must not be lost";
        chooseStance("3", "Concern");
        browser.type(By.cssSelector(BOX), words);
        browser.click(By.id("post-comment-3"));
        browser.waitForText(By.id("comment-error-3"), "You have reached the limit of 10 in one minute.");
        assertThat(browser.find(By.id("comment-error-3")).getText()).contains("You can try again in");
        assertThat(browser.script("return document.querySelector(arguments[0]).value", BOX)).isEqualTo(words);
        assertThat(browser.find(By.id("comment-list-3")).getText()).doesNotContain(words);
    }

    private static final String KEPT_COUNT =
            "return Object.keys(sessionStorage).filter(k => k.startsWith('policy-commons-draft:')).length";

    /** How many drafts the tab keeps for the portal. */
    private long keptDrafts() {
        return ((Number) browser.script(KEPT_COUNT)).longValue();
    }

    private void chooseStance(String section, String label) {
        DemoDraftPage.chooseStance(browser, section, label);
    }

    private String draftPage() {
        return DemoDraftPage.path(cycles, drafts, districts);
    }
}
