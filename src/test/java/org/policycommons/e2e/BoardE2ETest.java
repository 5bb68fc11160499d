package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** A board member reads the consolidated input and filters it; a family member is refused the page. */
class BoardE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;

    @Test
    void aBoardMemberReadsTheConsolidatedInputAndAFamilyMemberIsRefused() {
        signInAt("/d/springfield", "board");
        browser.open(portalUrl() + "/d/springfield/consolidated");
        browser.find(By.id("board-participation"));
        // The demo's current cycle: 58 families voted, 3 students did (hidden, and another group with them).
        assertThat(browser.find(By.id("board-participation")).getText()).contains("58");
        assertThat(browser.isPresent(By.id("board-comments"))).isTrue();
        browser.assertAccessible("the consolidated input");

        browser.click(By.id("filter-group"));
        browser.script("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim() === 'Family' && i.getClientRects().length > 0);
                item.click();""");
        browser.waitForPage();
        browser.find(By.id("board-comments"));

        // Last year's cycle: version 2 added a complaints section; the chart and its table say the same.
        SignedIn.as(districts.bySlug("springfield").orElseThrow(), "e2e-board", "Board", PortalRole.BOARD);
        long past = cycles.history().stream().filter(Cycle::adopted)
                .filter(c -> drafts.draftsOf(c.id()).stream().anyMatch(d -> d.published().size() >= 2))
                .findFirst().orElseThrow().id();
        SignedIn.out();
        browser.open(portalUrl() + "/d/springfield/consolidated/" + past);
        browser.waitForText(By.id("board-changes"), "Complaints");
        assertThat(browser.isPresent(By.id("chart-participation"))).isTrue();
        browser.assertAccessible("last year's consolidated input, with charts");
        browser.click(By.id("sign-out"));
        browser.waitForUrlContaining(portalUrl() + "/");

        signInAt("/d/springfield", "family");
        browser.open(portalUrl() + "/d/springfield/consolidated");
        browser.find(By.id("access-denied-title"));
        assertThat(browser.isPresent(By.id("consolidated-page"))).isFalse();
        assertThat(browser.isPresent(By.id("board-participation"))).isFalse();
    }
}
