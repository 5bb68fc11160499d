package org.policycommons.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.PortalRole;

/** The demo draft out for comment in Springfield's current cycle, and how a reader picks a stance on it. */
public final class DemoDraftPage {

    private DemoDraftPage() {
    }

    /** The address of version 1 of Springfield's current demo draft. */
    public static String path(CycleService cycles, DraftService drafts, DistrictDirectory districts) {
        SignedIn.as(districts.bySlug("springfield").orElseThrow(), "e2e-reader", "Reader", PortalRole.FAMILY);
        try {
            long cycle = cycles.current().orElseThrow().id();
            Draft draft = drafts.draftsOf(cycle).stream().filter(d -> d.title().equals("School resource officer policy"))
                    .findFirst().orElseThrow();
            return "/d/springfield/drafts/" + draft.id() + "/v/1";
        } finally {
            SignedIn.out();
        }
    }

    /** Picks a stance in the comment form of a section, by its label. */
    public static void chooseStance(Browser browser, String section, String label) {
        openCommentForm(browser, section);
        browser.find(By.id("stance-" + section));
        browser.script("""
                const radio = [...document.querySelectorAll('#stance-' + arguments[0] + ' vaadin-radio-button')]
                    .find(r => r.textContent.trim() === arguments[1]);
                radio.scrollIntoView({block: 'center'});
                radio.click();""", section, label);
        browser.waitForPage();
    }

    /**
     * Opens a section's comment form, closed until asked ("Comment on section n"), by keyboard as a reader may; does
     * nothing when it is open already.
     */
    public static void openCommentForm(Browser browser, String section) {
        int which = browser.waitForEither(By.id("comment-form-" + section), By.id("comment-open-" + section));
        if (which == 1) {
            WebElement open = browser.find(By.id("comment-open-" + section));
            browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", open);
            browser.press(" ");
            browser.find(By.id("stance-" + section));
        }
    }
}
