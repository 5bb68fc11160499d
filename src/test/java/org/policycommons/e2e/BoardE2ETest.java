package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.PortalRole;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.PdfUa;
import org.policycommons.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A board member reads the consolidated input, filters it, downloads the comments CSV and the board packet, and reads
 * the comments behind a count; a family member is refused the page.
 */
class BoardE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;
    @Autowired
    org.policycommons.board.BoardPacket packet;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBoardMemberReadsTheConsolidatedInputAndAFamilyMemberIsRefused() throws IOException {
        signInAt("/d/springfield", "board");
        browser.open(portalUrl() + "/d/springfield/consolidated");
        browser.find(By.id("board-participation"));
        // The demo's current cycle: 58 families voted, 3 students did (hidden, and another group with them).
        assertThat(browser.find(By.id("board-participation")).getText()).contains("58")
                .as("the three students, and a group with them").containsPattern("Student\\s+Not shown");
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
        Cycle pastCycle = cycles.history().stream().filter(Cycle::adopted)
                // The demo's (other tests adopt reviews of their own, with the sample plan's title).
                .filter(c -> drafts.draftsOf(c.id()).stream().anyMatch(d -> d.published().size() >= 2
                        && d.title().equals("School resource officer policy")))
                .findFirst().orElseThrow();
        long past = pastCycle.id();
        SignedIn.out();
        browser.click(By.id("board-cycle"));
        browser.script("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim() === arguments[0] && i.getClientRects().length > 0);
                item.click();""", pastCycle.title());
        browser.waitForUrlContaining("/consolidated/" + past);
        browser.waitForText(By.id("board-changes"), "Complaints");
        // Each section across the two versions, with the comments of version 1 that stand on text changed since.
        assertThat(String.valueOf(browser.script("return document.getElementById('board-comments').textContent")))
                .contains("Version 1", "Version 2", "From earlier versions, on text changed since");
        assertThat(browser.isPresent(By.id("chart-participation"))).isTrue();
        assertThat(browser.isPresent(By.id("chart-sections"))).isTrue();
        assertThat(browser.find(By.id("table-votes-by-group")).getText()).contains("Family");
        browser.assertAccessible("last year's consolidated input, with charts");

        // The page draws the board model: every table of it, cell by cell, as the packet and the vote CSV do
        // (BoardPacketTest compares those two).
        SignedIn.as(districts.bySlug("springfield").orElseThrow(), "e2e-board", "Board", PortalRole.BOARD);
        org.policycommons.board.BoardTables model = packet.tables(past, java.util.Locale.ENGLISH);
        SignedIn.out();
        @SuppressWarnings("unchecked")
        java.util.Map<String, List<List<String>>> onPage = (java.util.Map<String, List<List<String>>>) browser.script("""
                const tables = {};
                document.querySelectorAll('table[id^="table-"]').forEach(t => tables[t.id.substring(6)] =
                    [...t.querySelectorAll('tbody tr')].map(tr => [...tr.children].map(c => c.textContent.trim())));
                return tables;""");
        int compared = 0;
        for (org.policycommons.board.BoardTables.Table table : model.tables()) {
            if (table.rows().isEmpty()) {
                continue;
            }
            List<List<String>> expected = table.rows().stream().map(row -> {
                List<String> cells = new java.util.ArrayList<>(List.of(row.header()));
                row.cells().forEach(c -> cells.add(c.text()));
                return cells;
            }).toList();
            assertThat(onPage.get(table.key())).as("table %s on the page", table.key()).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).isGreaterThan(30);

        // The comments CSV, as the browser saves it: every shown comment of the cycle, de-identified, accents intact.
        String csv = new String(browser.download(By.id("export-comments"), "comments-" + past + ".csv"),
                StandardCharsets.UTF_8);
        // The demo's three students and the one board-meeting speaker who did not state a group are hidden, and its
        // six partners with them (docs/decisions/009, 025).
        Long shown = jdbc.queryForObject("select count(*) from comment where cycle_id = ? and hidden_at is null "
                + "and withdrawn_at is null and author_role not in ('student', 'partner', 'not_stated')", Long.class,
                past);
        assertThat(shown).isPositive();
        assertThat(csv).startsWith("\uFEFFcomment,reply_to,").contains("Publicar los datos es muy importante")
                .as("paper forms, entered by the district")
                .contains("Ningún estudiante debería ser arrestado", "paper_form")
                .as("the hidden speaker's testimony").doesNotContain("end arrests for school fights")
                .doesNotContain("idiots", "demo-voter-", "Officers stop students in the hallway", "Police Department");
        assertThat(csv.split("\r\n")).hasSize(1 + shown.intValue());

        // Both board packets of the demo data: tagged PDF/UA-1 (veraPDF), read back.
        for (Map.Entry<String, List<String>> language : Map.of("en", List.of("Board packet", "Moderation summary"),
                "es", List.of("Paquete para la junta", "Resumen de moderación")).entrySet()) {
            String tag = language.getKey();
            byte[] pdf = browser.download(By.id("export-packet-" + tag), "board-packet-" + past + "-" + tag + ".pdf");
            PdfUa.assertConforms(pdf, "the " + tag + " packet of the demo data");
            try (PDDocument packet = Loader.loadPDF(pdf)) {
                assertThat(packet.getDocumentCatalog().getLanguage()).isEqualTo(tag);
                String text = new PDFTextStripper().getText(packet).replaceAll("\\s+", " ");
                assertThat(text).contains(language.getValue()).contains("Personal attack")
                        .doesNotContain("idiots", "Officers stop students in the hallway", "Police Department");
            }
        }

        // A drill-down: from the Roles section to its comments.
        browser.click(By.id("drill-section"));
        browser.script("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim() === '2. Roles and responsibilities' && i.getClientRects().length > 0);
                item.click();""");
        browser.click(By.id("drill-show"));
        browser.waitForText(By.id("drill-list"), "My son was questioned by an officer");
        assertThat(browser.find(By.id("drill-list")).getText()).as("a hidden group's words are not listed")
                .doesNotContain("Officers stop students in the hallway");
        signOut();

        signInAt("/d/springfield", "family");
        browser.open(portalUrl() + "/d/springfield/consolidated");
        browser.find(By.id("access-denied-title"));
        assertThat(browser.isPresent(By.id("consolidated-page"))).isFalse();
        assertThat(browser.isPresent(By.id("board-participation"))).isFalse();
    }
}
