package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policycommons.support.TestLanguages.vietnamese;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.MadeDistricts;
import org.policycommons.support.RealmUsers;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A third language, in Chromium: the test deployment adds Vietnamese by files alone (src/test/languages). An operator
 * has a district offer it from the list of districts; the district's sign-in page offers it, and a family member
 * switches the portal to it: the switch names it in its own words, the page is in Vietnamese and says so in its
 * {@code lang}.
 */
class LanguagesE2ETest extends BrowserTest {

    @Autowired
    MadeDistricts madeDistricts;
    @Autowired
    org.policycommons.district.DistrictDirectory districts;
    @Autowired
    org.policycommons.cycle.CycleService cycles;
    @Autowired
    org.policycommons.draft.DraftService drafts;
    @Autowired
    org.policycommons.draft.DraftTranslations translations;

    private final RealmUsers realmUsers = new RealmUsers();

    @AfterEach
    void removeTheDistrict() {
        SignedIn.out();
        realmUsers.close();
        madeDistricts.removeAll();
    }

    @Test
    void anOperatorAddsVietnameseAndAFamilyMemberReadsThePortalInIt() {
        String slug = madeDistricts.create("Westminster Schools").slug();
        browser.open(portalUrl() + "/operator");
        browser.waitForUrlContaining("/protocol/openid-connect/auth");
        signInAsOperator("operator", DEMO_PASSWORD);
        browser.find(By.id("operator-districts"));

        browser.click(By.id("languages-district"));
        browser.click(By.xpath("//vaadin-select[@id='languages-district']//vaadin-select-item[contains(., '/d/" + slug
                + "')] | //vaadin-select-overlay[@opened]//vaadin-select-item[contains(., '/d/" + slug + "')]"));
        browser.click(languageBox("Español"));
        browser.click(languageBox("English"));
        browser.click(By.id("save-languages"));
        browser.waitForText(By.id("languages-error"), "Choose at least one language");
        browser.click(languageBox("English"));
        browser.click(languageBox("Tiếng Việt"));
        browser.click(By.id("save-languages"));
        browser.waitForText(By.xpath("//table[@id='operator-districts']//tr[td[contains(., '/d/" + slug + "')]]"),
                "English, Vietnamese");
        browser.assertAccessible("the list of districts with the languages form");

        String person = realmUsers.create(slug, "lan", "lan@" + slug + ".example.org", PortalRole.FAMILY, null);
        realmUsers.setPassword(slug, person, DEMO_PASSWORD);
        forgetEverySession();
        browser.open(keycloakUrl() + "/realms/" + slug + "/");
        browser.deleteCookies();
        browser.open(portalUrl() + "/d/" + slug + "?sign-in");
        browser.waitForUrlContaining("/protocol/openid-connect/auth");
        assertThat(String.valueOf(browser.script("return document.documentElement.outerHTML")))
                .as("the district's sign-in page offers the languages it offers").contains("Tiếng Việt")
                .doesNotContain("Español");
        signIn("lan", DEMO_PASSWORD);
        browser.find(By.id("district-name"));
        assertThat(browser.isPresent(By.id("language-es"))).isFalse();

        browser.click(By.id("language-vi"));
        browser.waitForText(By.id("sign-out"), vietnamese("shell.sign-out"));
        assertThat(browser.find(By.id("language-vi")).getText()).isEqualTo("Tiếng Việt");
        assertThat(browser.find(By.id("language-vi")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("vi");
        browser.assertAccessible("the district's home in Vietnamese");

        browser.open(portalUrl() + "/d/" + slug + "/review");
        browser.waitForText(By.id("sign-out"), vietnamese("shell.sign-out"));
        assertThat(browser.script("return document.documentElement.lang")).as("kept as the person's language")
                .isEqualTo("vi");

        // A draft can carry a Vietnamese translation, which a Vietnamese reader then reads, diacritics and all.
        org.policycommons.district.District district = districts.bySlug(slug).orElseThrow();
        SignedIn.as(district, "lan-admin", "Quản trị", PortalRole.DISTRICT_ADMIN);
        long cycle = cycles.createCycle(org.policycommons.cycle.CyclePlans.sample(
                java.time.LocalDate.now(district.timeZone()).plusDays(1)));
        long draft = drafts.createDraft(cycle, "SRO policy", "# Purpose\nOfficers keep schools safe.\n\n# Data\n"
                + "The district publishes arrest data.\n");
        drafts.publish(draft, drafts.draft(draft).orElseThrow().version());
        translations.translate(draft, 1, java.util.Locale.forLanguageTag("vi"), "Chính sách về nhân viên cảnh sát",
                "# Mục đích\nNhân viên cảnh sát giữ an toàn cho trường học.\n\n# Dữ liệu\n"
                        + "Học khu công bố dữ liệu về các vụ bắt giữ.\n");
        SignedIn.out();
        browser.open(portalUrl() + "/d/" + slug + "/drafts/" + draft + "/v/1");
        browser.waitForText(By.id("section-1"), "Mục đích");
        assertThat(browser.find(By.id("section-2")).getText()).contains("Học khu công bố dữ liệu về các vụ bắt giữ.");
        assertThat(browser.find(By.tagName("h1")).getText()).contains("Chính sách về nhân viên cảnh sát");
        browser.assertAccessible("a draft in its Vietnamese translation");
    }

    private static By languageBox(String name) {
        return By.xpath("//vaadin-checkbox-group[@id='languages-offered']/vaadin-checkbox[normalize-space(.)='" + name + "']");
    }

}
