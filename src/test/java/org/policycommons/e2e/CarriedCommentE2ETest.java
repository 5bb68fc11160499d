package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.DemoDraftPage;
import org.policycommons.support.SignedIn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A family member comments on version 1; the district publishes version 2, which rewrites that section. The family
 * member is told, reads version 2, finds the comment under "From earlier versions" marked changed, opens the redline
 * from it, comes back and stands by the comment, which then counts on version 2; axe on each page.
 */
class CarriedCommentE2ETest extends BrowserTest {

    private static final LocalDate START = LocalDate.of(2036, 9, 1);

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aReaderOfVersionTwoSeesTheirCommentMarkedChangedAndOpensTheRedline() {
        District springfield = districts.bySlug("springfield").orElseThrow();
        String run = UUID.randomUUID().toString().substring(0, 6);
        standAt(springfield, START.minusDays(1));
        SignedIn.as(springfield, "admin-" + run, "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        long cycle = cycles.createCycle(CyclePlans.sample(START));
        long draft = drafts.createDraft(cycle, "Carried policy " + run, """
                # Purpose
                Officers keep schools safe.

                # Arrests
                Officers arrest students.
                """);
        drafts.publish(draft, drafts.draft(draft).orElseThrow().version());
        SignedIn.out();

        standAt(springfield, START.plusDays(12));
        String v1 = "/d/springfield/drafts/" + draft + "/v/1";
        signInAt(v1, "family");
        String words = "Arrests should be the last resort " + run + ".";
        DemoDraftPage.openCommentForm(browser, "2");
        browser.pick("stance-2", "Concern");
        browser.type(By.cssSelector("#comment-text-2 textarea"), words);
        browser.click(By.id("post-comment-2"));
        browser.waitForText(By.id("comment-list-2"), words);
        signOut();

        // Comment closes; the district rewrites Arrests and publishes version 2.
        standAt(springfield, START.plusDays(37));
        SignedIn.as(springfield, "admin-" + run, "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        drafts.startNextVersion(draft, drafts.draft(draft).orElseThrow().version());
        drafts.saveWorkingText(draft, drafts.draft(draft).orElseThrow().version(), """
                # Purpose
                Officers keep schools safe.

                # Arrests
                Officers arrest students only when someone's safety is at risk.
                """);
        drafts.publish(draft, drafts.draft(draft).orElseThrow().version());
        long arrestsV2 = drafts.version(draft, 2).orElseThrow().sections().get(1).id();
        SignedIn.out();

        String v2 = "/d/springfield/drafts/" + draft + "/v/2";
        signInAt("/d/springfield/notices", "family");
        browser.waitForText(By.id("notices"), "Version 2 of a draft in");
        browser.assertAccessible("a notice that a section changed");

        browser.open(portalUrl() + v2);
        browser.waitForText(By.id("carried-heading-2"), "From earlier versions (1)");
        assertThat(browser.find(By.id("carried-counts-2")).getText())
                .isEqualTo("0 on text that is the same in this version, 1 on text that has changed since.");
        assertThat(browser.isPresent(By.id("carried-1"))).as("nothing was said on the unchanged section").isFalse();
        // Closed until asked, and opened by keyboard.
        browser.find(By.id("carried-show-2")).sendKeys(" ");
        browser.waitForText(By.id("carried-list-2"), words);
        String commentId = String.valueOf(browser.script("""
                return document.querySelector('#carried-list-2 article').id.replace('carried-comment-', '');"""));
        assertThat(browser.find(By.id("carried-mark-" + commentId)).getText())
                .contains("Written on version 1", "the section has changed since", "See what changed");
        assertThat(browser.isPresent(By.id("reply-" + commentId))).as("no reply to a carried comment").isFalse();
        browser.assertAccessible("version 2 with a comment carried from version 1");

        browser.click(By.id("carried-redline-" + commentId));
        browser.waitForUrlContaining("/compare/1/2");
        browser.waitForText(By.id("redline-page"), "only when someone");
        browser.assertAccessible("the redline opened from a carried comment");

        // Anyone reads it on the public section page too, with the same mark and the redline.
        browser.open(portalUrl() + "/public/springfield/sections/" + arrestsV2);
        browser.waitForText(By.id("carried"), words);
        assertThat(browser.find(By.id("carried-mark-" + commentId)).getText())
                .contains("Written on version 1", "the section has changed since");
        browser.assertAccessible("the public section page with a comment from version 1");

        browser.open(portalUrl() + v2);
        browser.click(By.id("carried-show-2"));
        browser.click(By.id("stand-by-" + commentId));
        browser.waitForText(By.id("comment-list-2"), words);
        assertThat(browser.find(By.id("comment-list-2")).getText()).contains("Still stands by their comment on version 1");
        browser.assertAccessible("version 2 with a comment stood by");
    }

    private void standAt(District district, LocalDate day) {
        clock.standAt(day.atTime(LocalTime.NOON).atZone(district.timeZone()).toInstant());
    }
}
