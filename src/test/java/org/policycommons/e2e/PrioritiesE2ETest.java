package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.cycle.CyclePlans;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.District;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.SignedIn;
import org.policycommons.vote.Priority;
import org.policycommons.vote.PriorityService;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin adds a priority in both languages and sets the ballot rules before the vote; bad input keeps its text. */
class PrioritiesE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    PriorityService priorities;
    @Autowired
    DistrictDirectory districts;

    @Test
    void anAdminSetsUpTheVoteBeforeItOpens() {
        District riverside = districts.bySlug("riverside").orElseThrow();
        SignedIn.as(riverside, "e2e-admin", "Priya Shah", PortalRole.DISTRICT_ADMIN);
        long cycleId = cycles.createCycle(CyclePlans.sample(LocalDate.now().plusYears(2)));
        SignedIn.out();

        signInAt("/d/riverside", "district-admin");
        browser.open(portalUrl() + "/d/riverside/priorities/" + cycleId);
        browser.waitForText(By.id("priorities"), "Priority 5");
        assertThat(browser.script("return [...document.querySelectorAll('#priorities input')].map(i => i.value).join('|')"))
                .asString().contains("Officers take no part in school discipline");
        browser.assertAccessible("the priorities of a vote");

        browser.type(By.cssSelector("#new-title-en input"), "More counsellors than officers");
        browser.type(By.cssSelector("#new-explanation-en textarea"), "Hire counsellors first.");
        browser.type(By.cssSelector("#new-title-es input"), "Más consejeros que agentes");
        assertThat(browser.find(By.id("new-title-es")).getAttribute("lang")).isEqualTo("es");
        browser.click(By.id("add-priority"));
        browser.waitForText(By.id("form-error"), "Give the priority a short explanation in español.");
        assertThat(browser.find(By.cssSelector("#new-title-en input")).getDomProperty("value"))
                .isEqualTo("More counsellors than officers");
        browser.type(By.cssSelector("#new-explanation-es textarea"), "Contratar primero consejeros.");
        browser.click(By.id("add-priority"));
        browser.waitForText(By.id("priorities-status"), "The priority is added.");

        browser.type(By.cssSelector("#cap input"), "12");
        browser.click(By.id("save-rules"));
        browser.waitForText(By.id("form-error"), "The most one priority may take must be at least 1 and at most the budget.");
        browser.type(By.cssSelector("#cap input"), "4");
        browser.click(By.id("save-rules"));
        browser.waitForText(By.id("priorities-status"), "The ballot rules are saved.");

        SignedIn.as(riverside, "e2e-admin", "Priya Shah", PortalRole.DISTRICT_ADMIN);
        assertThat(priorities.priorities(cycleId)).hasSize(6).last()
                .extracting(p -> p.title().in(Locale.forLanguageTag("es")).orElseThrow()).isEqualTo("Más consejeros que agentes");
        assertThat(priorities.setup(cycleId).cap()).isEqualTo(4);
        assertThat(priorities.priorities(cycleId)).extracting(Priority::position).containsExactly(1, 2, 3, 4, 5, 6);
    }
}
