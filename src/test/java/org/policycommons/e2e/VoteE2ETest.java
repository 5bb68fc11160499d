package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.SignedIn;
import org.policycommons.vote.BallotService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Voting as people do it: a parent spreads her points with the steppers and the keyboard, is told when she asks for
 * too much and keeps her numbers, saves; results wait for the vote to close, except for the board; last year's show
 * every group but the students, who are too few.
 */
class VoteE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    BallotService ballots;
    @Autowired
    DistrictDirectory districts;

    @Test
    void aParentVotesWithinHerBudgetAndResultsWaitForTheVoteToClose() {
        signInAt("/d/springfield/vote", "educator");
        browser.open(portalUrl() + "/d/springfield/vote");
        browser.find(By.id("points-1"));
        browser.waitForText(By.id("points-left"), "10 of 10 points left");
        browser.type(By.cssSelector("#points-1 input"), "6");
        browser.click(By.id("save-ballot"));
        browser.waitForText(By.id("form-error"), "One priority can take at most 5 points.");
        assertThat(browser.find(By.cssSelector("#points-1 input")).getDomProperty("value")).isEqualTo("6");

        browser.type(By.cssSelector("#points-1 input"), "5");
        browser.type(By.cssSelector("#points-2 input"), "5");
        browser.find(By.cssSelector("#points-3 input")).click();
        browser.press(Keys.ARROW_UP);
        browser.waitForText(By.id("points-left"), "1 point too many");
        browser.click(By.id("save-ballot"));
        browser.waitForText(By.id("form-error"), "Your ballot gives 11 points; you have 10 to spread.");
        browser.find(By.cssSelector("#points-3 input")).click();
        browser.press(Keys.ARROW_DOWN);
        browser.waitForText(By.id("points-left"), "0 of 10 points left");
        browser.click(By.id("save-ballot"));
        browser.waitForText(By.id("ballot-saved"), "Your ballot was last saved on");
        browser.assertAccessible("the ballot");

        browser.open(portalUrl() + "/d/springfield/vote-results");
        browser.waitForText(By.id("results-refused"), "The results are shown once the vote has closed.");

        SignedIn.as(districts.bySlug("springfield").orElseThrow(), "e2e-board", "Board", PortalRole.BOARD);
        Cycle past = cycles.history().stream().filter(Cycle::adopted)
                .filter(c -> ballots.results(c.id()).voters() > 0).findFirst().orElseThrow();
        SignedIn.out();
        browser.open(portalUrl() + "/d/springfield/vote-results/" + past.id());
        browser.waitForText(By.id("results-page"), "Fewer than 5 voters, not shown.");
        assertThat(browser.find(By.id("results-overall")).getText()).contains("Rank", "Share of points");
        assertThat(browser.find(By.id("results-participation")).getText()).contains("Student", "Fewer than 5");
        browser.assertAccessible("last year's vote results");
        signOut();

        signInAt("/d/springfield/vote-results", "board");
        browser.open(portalUrl() + "/d/springfield/vote-results");
        // The board member may read Spanish (an earlier test chose it): look for the table, not its words.
        browser.find(By.id("results-overall"));
        assertThat(browser.isPresent(By.id("results-refused"))).as("the board sees live results").isFalse();
    }
}
