package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.cycle.CycleService;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** Review cycles as people meet them: the timeline, the history, the admin's form and the audit log. */
class ReviewCycleE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    DistrictDirectory districts;

    @Test
    void aParticipantSeesWhereTheReviewStandsInEnglishAndInSpanish() {
        // A user no other test signs in as: the language chosen here is remembered for the next sign-in.
        signInAt("/d/springfield", "partner");
        browser.waitForText(By.id("current-review"), "Public comment: Open until");
        assertThat(browser.find(By.id("current-review")).getText()).contains("Comment on the draft until");
        assertThat(browser.find(By.id("next-review-due")).getText()).startsWith("The next review is due by");

        browser.open(portalUrl() + "/d/springfield/review");
        browser.waitForText(By.id("review-now"), "Public comment: Open until");
        assertThat(browser.find(By.id("you-can-now")).getText()).contains("Comment on the draft until");
        assertThat(browser.find(By.id("phases")).getText()).contains("Drafting", "Closed on", "Revision", "Opens on");
        browser.assertAccessible("the review timeline");

        browser.click(By.id("language-es"));
        browser.waitForText(By.id("review-now"), "Comentarios públicos: Abierta hasta el");
        assertThat(browser.find(By.id("you-can-now")).getText()).contains("Comentar el borrador hasta el");
        browser.assertAccessible("the review timeline in Spanish");

        browser.resize(390, 844);
        try {
            browser.open(portalUrl() + "/d/springfield/review");
            browser.waitForText(By.id("review-now"), "Comentarios públicos");
            browser.assertAccessible("the review timeline on a phone");
        } finally {
            browser.resize(1280, 900);
        }

        browser.open(portalUrl() + "/d/springfield/history");
        browser.find(By.id("cycle-history"));
        assertThat(browser.find(By.id("cycle-history")).getText()).contains("aprobada el", "en curso desde el");
        browser.assertAccessible("the review history in Spanish");
    }

    @Test
    void anAdminCreatesACycleAndARefusalKeepsWhatSheTyped() {
        signInAt("/d/springfield", "district-admin");
        browser.open(portalUrl() + "/d/springfield/cycles/new");
        browser.find(By.id("save-cycle"));
        browser.assertAccessible("the new cycle form");

        browser.type(By.cssSelector("#cycle-title input"), "2033–34 SRO policy review");
        // The title in the district's other language, in a field marked as Spanish.
        assertThat(browser.find(By.id("cycle-title-es")).getAttribute("lang")).isEqualTo("es");
        browser.type(By.cssSelector("#cycle-title-es input"), "Revisión de la política SRO 2033–34");
        browser.type(By.cssSelector("#cycle-school-year input"), "2033–34");
        browser.setDate("cycle-starts-on", "2033-08-01");
        browser.setDate("cycle-ends-on", "2033-12-20");
        List<String[]> phases = List.of(
                new String[] {"drafting", "2033-08-01", "2033-08-20"},
                new String[] {"public-comment", "2033-08-21", "2033-09-30"},
                new String[] {"priority-vote", "2033-09-10", "2033-10-05"},
                new String[] {"revision", "2033-10-06", "2033-10-31"},
                new String[] {"board-review", "2033-11-01", "2033-11-30"});
        for (String[] phase : phases) {
            browser.setDate("opens-" + phase[0], phase[1]);
            browser.setDate("closes-" + phase[0], phase[2]);
        }
        browser.setDate("opens-adopted", "2033-12-01");
        browser.setDate("closes-revision", "2033-10-01"); // before it opens: refused

        browser.click(By.id("save-cycle"));
        browser.waitForText(By.id("form-error"), "The phase \"Revision\" cannot close before it opens.");
        assertThat(browser.script("return document.querySelector('#cycle-title input').value"))
                .isEqualTo("2033–34 SRO policy review");
        browser.assertAccessible("the new cycle form with a refusal");

        browser.setDate("closes-revision", "2033-10-31");
        browser.script("document.getElementById('save-cycle').scrollIntoView()");
        assertThat(contentScrolledBy()).as("the long form is scrolled down to its save button").isPositive();
        browser.click(By.id("save-cycle"));
        browser.waitForUrlContaining("/review/");
        // The new page opens at its top, not where the form was scrolled to.
        browser.waitForText(By.id("cycle-title"), "2033–34 SRO policy review");
        assertThat(contentScrolledBy()).isZero();
        assertThat(browser.currentUrl()).matches(".*/d/springfield/review/\\d+");
        assertThat(browser.find(By.id("phases")).getText()).contains("Opens on August 21, 2033");
        browser.click(By.id("language-es"));
        browser.waitForText(By.id("cycle-title"), "Revisión de la política SRO 2033–34");
        browser.open(portalUrl() + "/d/springfield/history");
        browser.waitForText(By.id("cycle-history"), "Revisión de la política SRO 2033–34");
        browser.click(By.id("language-en"));
        browser.waitForText(By.id("cycle-history"), "2033–34 SRO policy review");
    }

    @Test
    void anAdminClosesPublicCommentEarlyAndMustSayWhy() {
        // Starts before the demo cycle, so that the demo cycle stays the current one for the other tests.
        java.time.LocalDate start = java.time.LocalDate.now(java.time.ZoneId.of("America/Chicago")).minusDays(25);
        org.policycommons.cycle.CyclePlan sample = CyclePlans.sample(start);
        SignedIn.as(districts.bySlug("springfield").orElseThrow(), "admin-e2e", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        long id = cycles.createCycle(new org.policycommons.cycle.CyclePlan("Early close test", sample.schoolYear(),
                null, sample.startsOn(), sample.endsOn(), sample.phases()));
        SignedIn.out();

        signInAt("/d/springfield", "district-admin");
        browser.open(portalUrl() + "/d/springfield/cycles/" + id + "/manage");
        browser.find(By.id("close-now-public-comment"));
        browser.assertAccessible("the manage cycle page");

        browser.click(By.id("close-now-public-comment"));
        browser.waitForText(By.id("form-error"), "Say why the phase opens or closes early");
        browser.type(By.cssSelector("#reason-public-comment input"), "Draft withdrawn for legal review");
        browser.click(By.id("close-now-public-comment"));
        browser.waitForText(By.id("manage-public-comment"), "Closed on");

        browser.open(portalUrl() + "/d/springfield/review/" + id);
        browser.waitForText(By.id("phases"), "Closed early: Draft withdrawn for legal review");

        // The board's record, then adoption: afterwards the cycle can no longer change.
        browser.open(portalUrl() + "/d/springfield/cycles/" + id + "/manage");
        browser.click(By.id("mark-adopted"));
        browser.waitForText(By.id("form-error"), "Record the adoption vote and the date the policy takes effect first.");
        browser.setDate("adoption-vote-on", start.plusDays(60).toString());
        browser.type(By.cssSelector("#adoption-vote-outcome input"), "Adopted 6–1");
        browser.setDate("takes-effect-on", start.plusDays(90).toString());
        browser.click(By.id("save-milestones"));
        browser.click(By.id("mark-adopted"));
        browser.waitForText(By.id("manage-cycle-page"), "This cycle has been adopted");
        browser.open(portalUrl() + "/d/springfield/review/" + id);
        browser.waitForText(By.id("review-now"), "The board adopted the policy on");
        assertThat(browser.find(By.id("board-milestones")).getText()).contains("Adopted 6–1");
    }

    @Test
    void theBoardReadsTheAuditLog() {
        SignedIn.as(districts.bySlug("springfield").orElseThrow(), "admin-e2e", "Carlos Mendoza", PortalRole.DISTRICT_ADMIN);
        // Recorded after every other test's entries (the latest stands in October 2037), so it is on the first page.
        clock.standAt(java.time.Instant.parse("2037-12-20T12:00:00Z"));
        cycles.createCycle(CyclePlans.sample(java.time.LocalDate.of(2032, 1, 5)));
        clock.reset();
        SignedIn.out();

        signInAt("/d/springfield", "board");
        browser.open(portalUrl() + "/d/springfield/audit");
        browser.find(By.id("audit-log"));
        browser.waitForText(By.id("audit-log"), "Created the cycle");
        // Changes read field by field, not as JSON.
        browser.waitForText(By.id("audit-log"), "Title: — → 2030–31 SRO policy review");
        assertThat(browser.find(By.id("audit-log")).getText()).doesNotContain("{\"");
        assertThat(browser.pageText()).contains("Carlos Mendoza");
        browser.assertAccessible("the audit log");
    }

    @Test
    void anyoneCanReadTheirNoticesAndTurnOffEmail() {
        signInAt("/d/springfield", "moderator");
        assertThat(browser.pageText()).contains("Notices");
        browser.open(portalUrl() + "/d/springfield/notices");
        browser.waitForText(By.tagName("h1"), "Your notices");
        assertThat(browser.script("return document.getElementById('email-notices').checked")).isEqualTo(true);
        browser.assertAccessible("the notices page");

        browser.click(By.id("email-notices"));
        browser.open(portalUrl() + "/d/springfield/notices");
        browser.waitForText(By.tagName("h1"), "Your notices");
        assertThat(browser.script("return document.getElementById('email-notices').checked")).isEqualTo(false);
    }

    @Test
    void aFamilyMemberCannotReachTheAdminPages() {
        signInAt("/d/springfield", "family");
        assertThat(browser.pageText()).doesNotContain("New review cycle", "Audit log");

        for (String page : List.of("/d/springfield/cycles/new", "/d/springfield/audit")) {
            browser.open(portalUrl() + page);
            browser.waitForText(By.id("access-denied-title"), "You cannot open this page");
            assertThat(browser.isPresent(By.id("save-cycle"))).isFalse();
            assertThat(browser.isPresent(By.id("audit-log"))).isFalse();
        }
        browser.assertAccessible("the access-denied page");
    }

    /** How far the app layout's content area, which scrolls the page, is scrolled down. */
    private long contentScrolledBy() {
        return ((Number) browser.script("return document.querySelector('vaadin-app-layout').shadowRoot"
                + ".querySelector(\"[part~='content']\").scrollTop")).longValue();
    }
}
