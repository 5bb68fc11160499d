package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.support.BrowserTest;

/**
 * The district admin rates a SECURe step and adds a checklist item; a family member reads it; the trend shows it. Each
 * of the two rubrics keeps its own ratings.
 */
class SelfAssessmentE2ETest extends BrowserTest {

    @Test
    void anAdminRatesAStepAndAFamilyMemberReadsIt() {
        signInAt("/d/riverside", "district-admin");
        browser.open(portalUrl() + "/d/riverside/self-assessment");
        browser.find(By.id("save-rating-4"));
        browser.assertAccessible("the self-assessment, as its editor");

        browser.click(By.id("rating-4"));
        // The opened select's items; the other selects keep theirs hidden.
        browser.script("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim() === 'Developing' && i.getClientRects().length > 0);
                item.click();""");
        browser.waitForPage();
        browser.type(By.cssSelector("#evidence-4 textarea"), "All SROs completed crisis-intervention training");
        browser.click(By.id("save-rating-4"));
        browser.click(By.id("add-item-4"));
        browser.waitForText(By.id("form-error"), "Write the checklist item first.");
        browser.type(By.cssSelector("#new-item-4 input"), "Add de-escalation refreshers");
        // Half-written evidence in another step must survive this step's save.
        browser.type(By.cssSelector("#evidence-2 textarea"), "Draft note, not saved yet");
        browser.click(By.id("add-item-4"));
        browser.waitForText(By.id("step-4"), "Add de-escalation refreshers");
        assertThat(browser.find(By.cssSelector("#evidence-2 textarea")).getDomProperty("value"))
                .isEqualTo("Draft note, not saved yet");
        assertThat(browser.find(By.cssSelector("#new-item-4 input")).getDomProperty("value")).as("saved, so cleared")
                .isEmpty();
        signOut();

        signInAt("/d/riverside", "family");
        browser.open(portalUrl() + "/d/riverside/self-assessment");
        browser.waitForText(By.id("rating-4"), "Rating: Developing");
        assertThat(browser.find(By.id("step-4")).getText())
                .contains("All SROs completed crisis-intervention training", "Add de-escalation refreshers — not done");
        assertThat(browser.isPresent(By.id("save-rating-4"))).isFalse();
        browser.assertAccessible("the self-assessment, as a reader");

        browser.open(portalUrl() + "/d/riverside/self-assessment-trend");
        browser.waitForText(By.id("rubric-trend-implementation"), "Developing");
        browser.assertAccessible("the self-assessment trend");
    }

    @Test
    void anAdminRatesTheStateAndLocalPolicyRubricApartFromTheLocalImplementationOne() {
        signInAt("/d/riverside/self-assessment", "district-admin");
        browser.find(By.id("save-rating-2"));
        assertThat(browser.find(By.id("rubric-implementation")).getDomAttribute("aria-current")).isEqualTo("page");
        browser.click(By.id("rubric-policy"));
        browser.waitForText(By.tagName("h2"), "State and Local Policy rubric");
        assertThat(browser.find(By.id("rubric-policy")).getDomAttribute("aria-current")).isEqualTo("page");
        browser.assertAccessible("the State and Local Policy rubric, as its editor");
        browser.type(By.cssSelector("#evidence-2 textarea"), "The state model MOU is adopted word for word");
        browser.click(By.id("save-rating-2"));
        browser.waitForPage();
        assertThat(browser.find(By.cssSelector("#evidence-2 textarea")).getDomProperty("value"))
                .isEqualTo("The state model MOU is adopted word for word");
        // Evidence typed and not saved yet waits while the admin looks at the other rubric.
        browser.type(By.cssSelector("#evidence-3 textarea"), "Hiring criteria are half written");
        // The other rubric keeps its own evidence.
        browser.click(By.id("rubric-implementation"));
        browser.waitForText(By.tagName("h2"), "Local Implementation rubric");
        assertThat(browser.find(By.cssSelector("#evidence-2 textarea")).getDomProperty("value"))
                .doesNotContain("state model MOU");
        assertThat(browser.find(By.cssSelector("#evidence-3 textarea")).getDomProperty("value"))
                .doesNotContain("half written");
        browser.click(By.id("rubric-policy"));
        browser.waitForText(By.tagName("h2"), "State and Local Policy rubric");
        assertThat(browser.find(By.cssSelector("#evidence-3 textarea")).getDomProperty("value"))
                .isEqualTo("Hiring criteria are half written");
        browser.open(portalUrl() + "/d/riverside/self-assessment-trend");
        browser.find(By.id("rubric-trend-policy"));
        browser.assertAccessible("the trend of both rubrics");
    }
}
