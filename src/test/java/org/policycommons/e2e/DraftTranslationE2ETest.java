package org.policycommons.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policycommons.cycle.CycleService;
import org.policycommons.district.DistrictDirectory;
import org.policycommons.draft.DraftService;
import org.policycommons.support.BrowserTest;
import org.policycommons.support.DemoDraftPage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin uploads the district's Spanish translation of the demo draft; a Spanish-reading parent reads the draft in
 * Spanish, comments quoting a Spanish sentence, and opens the original, binding wording of the section.
 */
class DraftTranslationE2ETest extends BrowserTest {

    @Autowired
    CycleService cycles;
    @Autowired
    DraftService drafts;
    @Autowired
    DistrictDirectory districts;

    @Test
    void anAdminUploadsASpanishTranslationAndASpanishReadingParentCommentsOnIt() throws Exception {
        String page = DemoDraftPage.path(cycles, drafts, districts);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String sentence = "El personal escolar, no los SRO, se ocupa de la disciplina (revisión " + marker + ").";
        String translation = """
                # Propósito
                Esta política establece cómo trabajan los agentes de seguridad escolar en las escuelas del distrito.

                # Funciones y responsabilidades
                Los SRO responden a las amenazas a la seguridad de estudiantes y personal. %s

                # Arrestos, citaciones y derivaciones
                Un SRO puede arrestar o citar a un estudiante solo cuando un delito amenaza la seguridad de alguien.

                # Selección y formación
                Los SRO se eligen conjuntamente entre el distrito y el departamento de policía.

                # Datos e informes
                El distrito publica cada año el número de arrestos, citaciones y derivaciones.

                # Quejas
                Cualquier persona puede presentar una queja sobre un SRO, en cualquier idioma.
                """.formatted(sentence);

        signInAt(page, "district-admin");
        browser.click(By.id("translate-version"));
        browser.find(By.id("save-translation"));
        assertThat(text("sections-to-match")).contains("Roles and responsibilities", "Complaints");
        browser.assertAccessible("translating a version");

        // A file one section short is refused, naming the section that has no translation; nothing is saved.
        String short1 = translation.substring(0, translation.indexOf("# Quejas"));
        upload(short1);
        browser.click(By.id("save-translation"));
        browser.waitForText(By.id("form-error"), "Section 6 of the original (“Complaints”) has no translation");
        browser.assertAccessible("translating a version, refused");
        upload(translation);
        browser.type(By.cssSelector("#translation-title input"), "Política de agentes de seguridad escolar");
        browser.click(By.id("save-translation"));
        browser.waitForText(By.id("translation-status"), "The translation into Spanish is saved.");
        assertThat(browser.script("return document.getElementById('existing-translations').textContent"))
                .asString().contains("Spanish");
        signOut();

        signInAt(page, "family");
        browser.click(By.id("language-es"));
        browser.waitForText(By.id("draft-language-note"), "Está leyendo la traducción oficial del distrito al español.");
        assertThat(text("section-2")).contains("Funciones y responsabilidades", sentence);
        browser.assertAccessible("the draft in its Spanish translation");

        DemoDraftPage.chooseStance(browser, "2", "Preocupación");
        browser.type(By.cssSelector("#comment-text-2 textarea"), "¿Quién decide qué es disciplina? " + marker);
        browser.type(By.cssSelector("#quote-2 input"), sentence);
        browser.click(By.id("post-comment-2"));
        browser.waitForText(By.id("comment-list-2"), "¿Quién decide qué es disciplina? " + marker);
        String quoteLanguage = (String) browser.script("""
                return [...document.querySelectorAll('#comment-list-2 blockquote')]
                    .find(q => q.textContent.includes(arguments[0])).getAttribute('lang');""", marker);
        assertThat(quoteLanguage).isEqualTo("es");

        // Only the comments written in Spanish, then all again: a choice among the section's filters.
        browser.click(By.id("comment-filters-2"));
        browser.click(By.id("comments-language-2"));
        browser.script("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim() === 'español' && i.getClientRects().length > 0);
                item.click();""");
        browser.waitForPage();
        browser.waitUntilTrue("return document.querySelectorAll('#comment-list-2 article.depth-0 > .comment-body[lang=en]')"
                + ".length === 0");
        assertThat(text("comment-list-2")).contains("¿Quién decide qué es disciplina? " + marker);

        // The original, binding wording of the section, marked as English on a page read in Spanish.
        browser.click(By.id("original-section-2"));
        browser.waitForText(By.id("draft-language-note"), "Está leyendo el texto original, el que tiene validez, en inglés.");
        browser.waitForText(By.id("section-2"), "Roles and responsibilities");
        assertThat(browser.find(By.cssSelector("#section-2 .section-body")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(text("comment-list-2")).as("the comment stays on the section")
                .contains("¿Quién decide qué es disciplina? " + marker);
        browser.assertAccessible("the original of a translated draft, read in Spanish");
        browser.click(By.id("read-translation"));
        browser.waitForText(By.id("section-2"), "Funciones y responsabilidades");
    }

    /** An element's text, wherever the page has scrolled to. */
    private String text(String id) {
        return String.valueOf(browser.script("return document.getElementById(arguments[0]).textContent", id));
    }

    private void upload(String markdown) throws Exception {
        Path file = Files.writeString(Files.createTempFile("traduccion", ".md"), markdown);
        browser.find(By.id("draft-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toString());
        browser.waitForText(By.id("draft-preview"), "Propósito");
    }
}
