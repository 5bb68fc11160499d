package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.identity.PortalRole;
import org.policycommons.publicsite.PublicSettings;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An anonymous visitor in Chromium reads a district's public pages: every page reachable from its home, in English
 * and in Spanish, passes axe, shows no student's name, username or email and no hidden comment, and works by keyboard;
 * a district admin introduces the home in both languages and a visitor reads theirs.
 */
class PublicPagesE2ETest extends BrowserTest {

    @Autowired
    PublicSettings settings;
    @Autowired
    DistrictDirectory districts;

    /** What the demo's students and its removed comment wrote, and who the student is: never on a public page. */
    private static final List<String> NEVER_SHOWN = List.of("Jordan", "Reyes", "student@springfield.example.org",
            "Officers stop students in the hallway for no reason.", "Can a parent be with us if we are questioned?",
            "This section is garbage");

    @Test
    void everyPublicPageOfTheDistrictReadsWellInEnglishAndSpanishWithoutAnAccount() {
        Set<String> english = crawl("/public/springfield");
        assertThat(english).as("pages reached").hasSizeGreaterThan(10)
                .anySatisfy(p -> assertThat(p).contains("/policy"))
                .anySatisfy(p -> assertThat(p).contains("/sections/"))
                .anySatisfy(p -> assertThat(p).contains("/responses"))
                .anySatisfy(p -> assertThat(p).contains("/moderation-log"))
                .anySatisfy(p -> assertThat(p).contains("/vote-results"))
                .anySatisfy(p -> assertThat(p).contains("/self-assessment"));
        Set<String> spanish = crawl("/public/springfield?lang=es");
        assertThat(spanish).hasSizeGreaterThan(10).allSatisfy(p -> assertThat(p).contains("lang=es"));
    }

    @Test
    void aReaderFindsTheStudentsCommentsCountedAndMovesByKeyboard() {
        browser.open(portalUrl() + "/public/springfield");
        // The skip link is the first thing the keyboard reaches, and leads to the content.
        browser.press(org.openqa.selenium.Keys.TAB);
        assertThat(browser.focused().getAttribute("class")).contains("skip-link");
        browser.press(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.currentUrl()).endsWith("#main");

        browser.click(By.linkText("Reviews"));
        browser.waitForText(By.tagName("h1"), "Every review");
        assertThat(browser.pageText()).contains("Adopted on");
    }

    @Test
    void aDistrictAdminPublishesTheBoardPacketAndAVisitorFindsIt() {
        signInAt("/d/riverside/consolidated", "district-admin");
        browser.find(By.id("packet-publishing"));
        browser.assertAccessible("the consolidated input page with the packet's publishing");
        browser.click(By.id("packet-publish"));
        browser.waitForText(By.id("packet-published"), "Edition 1 of the packet is published.");
        // A corrected packet must say what it corrects: refused, with the reason, and nothing published.
        browser.click(By.id("packet-publish"));
        browser.waitForText(By.id("packet-publish-error"), "Say what the corrected packet changes");
        assertThat(browser.find(By.id("packet-editions")).getText()).contains("Edition 1").doesNotContain("Edition 2");
        signOut();

        browser.open(portalUrl() + "/public/riverside");
        browser.click(By.cssSelector("#current-review .review-title a"));
        browser.waitForText(By.id("packets"), "Edition 1, in English");
        assertThat(browser.find(By.id("packets")).getText()).contains("Edition 1, in español");
        browser.assertAccessible("a review's public page with its packets");
    }

    @Test
    void aDistrictAdminIntroducesThePublicHomeInBothLanguagesAndAVisitorReadsTheirs() {
        signInAt("/d/riverside/public-pages", "district-admin");
        browser.find(By.id("introduction-fields"));
        browser.assertAccessible("the public pages' settings with the introduction");
        // Spanish alone: refused, the first language is the one every reader falls back to; nothing typed is lost.
        browser.type(By.cssSelector("#introduction-es textarea"), "Revisamos juntos la política de agentes escolares.");
        browser.click(By.id("save-public-settings"));
        browser.waitForText(By.id("public-settings-error"), "Write the text in English too");
        assertThat(browser.find(By.cssSelector("#introduction-es textarea")).getDomProperty("value"))
                .isEqualTo("Revisamos juntos la política de agentes escolares.");
        browser.type(By.cssSelector("#introduction-en textarea"), "We review the school resource officer policy together.");
        browser.click(By.id("save-public-settings"));
        browser.waitForText(By.id("public-settings-saved"), "Saved.");
        signOut();
        try {
            browser.open(portalUrl() + "/public/riverside?lang=es");
            browser.waitForText(By.id("introduction"), "Revisamos juntos");
            assertThat(browser.find(By.id("introduction")).getDomAttribute("lang")).isEqualTo("es");
            browser.assertAccessible("the public home with its introduction");
        } finally {
            SignedIn.as(districts.bySlug("riverside").orElseThrow(), "admin-e2e-introduction", "Dana Admin",
                    PortalRole.DISTRICT_ADMIN);
            settings.introduce(org.policycommons.text.Translated.NONE);
        }
    }

    @Test
    void aDistrictAdminNamesTheAccessibilityContactAndAReaderFindsTheStatementFromAnyPage() {
        signInAt("/d/riverside/public-pages", "district-admin");
        browser.find(By.id("accessibility-contact"));
        browser.type(By.cssSelector("#accessibility-contact input"), "Office of Civil Rights, 555-0199");
        browser.click(By.id("save-public-settings"));
        browser.waitForText(By.id("public-settings-saved"), "Saved.");
        try {
            // Every signed-in page ends with the link to the statement, a public page.
            browser.click(By.id("accessibility-link"));
            browser.waitForText(By.id("accessibility-title"), "Accessibility statement");
            assertThat(browser.find(By.id("accessibility-contact")).getText()).isEqualTo("Office of Civil Rights, 555-0199");
            assertThat(browser.pageText()).contains("WCAG 2.1", "PDF/UA-1", "axe-core", "veraPDF", "Known limits");
            browser.assertAccessible("the district's accessibility statement");
            browser.open(portalUrl() + "/d/riverside/public-pages");
            signOut();

            // And so does every public page, in the reader's language.
            browser.open(portalUrl() + "/public/riverside?lang=es");
            browser.click(By.id("accessibility-link"));
            browser.waitForText(By.id("accessibility-title"), "Declaración de accesibilidad");
            assertThat(browser.find(By.id("accessibility-contact")).getText()).isEqualTo("Office of Civil Rights, 555-0199");
            browser.assertAccessible("the district's accessibility statement in Spanish");
            browser.open(portalUrl() + "/public/accessibility");
            assertThat(browser.pageText()).contains("Each district names whom to contact");
            browser.assertAccessible("the portal's accessibility statement");
        } finally {
            SignedIn.as(districts.bySlug("riverside").orElseThrow(), "admin-e2e-accessibility", "Dana Admin",
                    PortalRole.DISTRICT_ADMIN);
            settings.nameAccessibilityContact("");
        }
    }

    /** Reads every public page of the district reachable from {@code start}, checking each. */
    private Set<String> crawl(String start) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(start));
        // Every kind of page, a few of each: the reviews other tests made must not crowd out the sections.
        java.util.Map<String, Integer> ofKind = new java.util.HashMap<>();
        while (!next.isEmpty() && seen.size() < 60) {
            String path = next.poll();
            if (!seen.add(path)) {
                continue;
            }
            browser.open(portalUrl() + path);
            assertThat(browser.isPresent(By.id("problem"))).as("%s shows a page, not a problem", path).isFalse();
            String text = browser.pageText();
            for (String secret : NEVER_SHOWN) {
                assertThat(text).as("%s must not show %s", path, secret).doesNotContain(secret);
            }
            assertThat(browser.script("return document.documentElement.lang"))
                    .isEqualTo(start.contains("lang=es") ? "es" : "en");
            browser.assertAccessible(path);
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) browser.script(
                    "return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))");
            for (String link : links) {
                String local = URI.create(portalUrl() + "/").resolve(link).toString().replace(portalUrl(), "");
                int fragment = local.indexOf('#');
                if (fragment >= 0) {
                    local = local.substring(0, fragment);
                }
                // The language switch leads to the other crawl's pages.
                boolean sameLanguage = start.contains("lang=es") ? local.contains("lang=es") : !local.contains("lang=");
                // Feeds are read by feed readers and calendars (PublicPagesTest parses them), not by a browser.
                boolean page = !local.matches(".*\\.(atom|ics|xml|pdf)(\\?.*)?$");
                if (local.startsWith("/public/springfield") && sameLanguage && page && !seen.contains(local)
                        && !next.contains(local) && ofKind.merge(local.replaceAll("\\d+", "#"), 1, Integer::sum) <= 4) {
                    next.add(local);
                }
            }
        }
        return seen;
    }
}
