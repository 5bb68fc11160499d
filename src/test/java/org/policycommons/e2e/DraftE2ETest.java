package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** Drafts as people meet them: an admin writes and publishes one; a parent reads a draft and what changed. */
class DraftE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;

    @Test
    void anAdminWritesPreviewsTagsAndPublishesADraftWhoseTextCannotRunScript() throws IOException {
        signInAt("/d/springfield", "district-admin");
        browser.open(portalUrl() + "/d/springfield/drafts");
        browser.click(By.id("new-draft"));
        // A Markdown file from the admin's computer fills the text box and shows its sections.
        Path file = Files.writeString(Files.createTempFile("mou", ".md"), "# Parties\nThe district and the police.\n");
        browser.find(By.id("draft-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toString());
        browser.waitForText(By.id("draft-preview"), "Preview: 1 section");
        assertThat(browser.find(By.cssSelector("#draft-text textarea")).getDomProperty("value"))
                .isEqualTo("# Parties\nThe district and the police.\n");
        browser.type(By.cssSelector("#draft-title input"), "Memorandum of understanding");
        browser.type(By.cssSelector("#draft-text textarea"), "An opening line\n\n# Scope\nAll schools.\n");
        browser.click(By.id("preview-draft"));
        browser.waitForText(By.id("form-error"), "Line 1 comes before the first heading");
        assertThat(browser.find(By.cssSelector("#draft-text textarea")).getDomProperty("value"))
                .as("the text stays as typed").startsWith("An opening line");

        browser.type(By.cssSelector("#draft-text textarea"),
                "# Scope\nAll schools. <script>window.scriptRan = true</script>\n\n# Data\nPublished every year.\n");
        browser.click(By.id("preview-draft"));
        browser.waitForText(By.id("draft-preview"), "Preview: 2 sections");
        browser.assertAccessible("a new draft with its preview");
        browser.click(By.id("create-draft"));
        browser.waitForUrlContaining("/edit");

        browser.find(By.id("tags-2"));
        browser.script("""
                const box = [...document.querySelectorAll('#tags-2 vaadin-checkbox')]
                    .find(c => c.textContent.includes('5.'));
                box.click();""");
        browser.waitForText(By.id("draft-status"), "The action steps of section 2 are saved.");
        browser.assertAccessible("preparing a draft");
        browser.click(By.id("publish-draft"));
        browser.waitForText(By.id("draft-status"), "Version 1 is published.");
        assertThat(browser.isPresent(By.id("start-next-version"))).isTrue();

        browser.open(portalUrl() + "/d/springfield/drafts");
        browser.waitForText(By.id("drafts-page"), "Memorandum of understanding");
        browser.script("[...document.querySelectorAll('#drafts-page a')]"
                + ".find(a => a.textContent.startsWith('Version 1') && a.closest('div').textContent.includes('Memorandum')).click();");
        browser.waitForText(By.id("draft-page"), "2. Data");
        assertThat(browser.find(By.id("section-1")).getText()).contains("<script>window.scriptRan = true</script>");
        assertThat(browser.script("return window.scriptRan === true")).isEqualTo(false);
        assertThat(browser.find(By.id("section-2")).getText()).contains("Serves SECURe action steps: 5.");
    }

    @Test
    void aParentReadsTheDraftOutForCommentAndLastYearsRedline() {
        SignedIn.as(districts.bySlug("springfield").orElseThrow(), "e2e-reader", "Reader", PortalRole.FAMILY);
        // The demo's adopted cycle: other tests adopt cycles of their own, with drafts of one version.
        Draft lastYears = cycles.history().stream().filter(Cycle::adopted)
                .flatMap(c -> drafts.draftsOf(c.id()).stream())
                .filter(d -> d.title().equals("School resource officer policy") && d.published().size() >= 2)
                .findFirst().orElseThrow();
        SignedIn.out();

        signInAt("/d/springfield", "educator");
        browser.open(portalUrl() + "/d/springfield/drafts");
        browser.waitForText(By.id("drafts-page"), "School resource officer policy");
        browser.script("[...document.querySelectorAll('#drafts-page a')].find(a => a.textContent.startsWith('Version 1')).click();");
        browser.waitForText(By.id("draft-page"), "6. Complaints");
        assertThat(browser.find(By.id("draft-contents")).getText()).contains("Purpose", "Data and reporting");
        assertThat(browser.isPresent(By.id("new-draft"))).isFalse();
        browser.assertAccessible("a published draft");

        browser.open(portalUrl() + "/d/springfield/drafts/" + lastYears.id() + "/compare/1/2");
        browser.waitForText(By.id("redline-summary"), "4 sections changed, 1 added, 0 removed, 1 unchanged.");
        String redline = browser.find(By.id("redline-page")).getText();
        assertThat(redline).contains("Added as section 6:", "Complaints");
        assertThat(browser.find(By.cssSelector("#redline-page ins")).getText()).isNotBlank();
        browser.assertAccessible("the redline");

        browser.open(portalUrl() + "/d/springfield/drafts/" + lastYears.id() + "/edit");
        assertThat(browser.isPresent(By.id("draft-editor"))).as("not for an educator").isFalse();
    }
}
