package org.policycommons.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfWriter;
import org.policycommons.common.Translations;

/**
 * The packet picks a font per run of text: Liberation Sans, embedded, for Latin with Vietnamese diacritics; a font
 * file dropped in the languages folder for a script Liberation lacks (here DejaVu Sans for Arabic); "?" for what no
 * font has, never a character dropped.
 */
class PacketFontsTest {

    private static final String VIETNAMESE = "Học khu công bố dữ liệu";
    private static final String ARABIC = "مرحبا";
    private static final String CHINESE = "你好";

    @TempDir
    Path languages;

    @Test
    void withoutAddedFontsLatinAndVietnamesePrintAndOtherScriptsAreMarked() {
        PacketFonts fonts = new PacketFonts(List.of());
        assertThat(fonts.allPrintable(VIETNAMESE)).isTrue();
        assertThat(fonts.allPrintable(ARABIC)).isFalse();
        assertThat(fonts.allPrintable(CHINESE)).isFalse();
        assertThat(text(fonts.phrase("Hola " + CHINESE, new Font(fonts.regular(), 10)))).isEqualTo("Hola ??");
    }

    @Test
    void aFontFileInTheLanguagesFolderPrintsItsScriptInItsOwnRuns() throws Exception {
        try (InputStream dejaVu = getClass().getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            Files.copy(dejaVu, languages.resolve("DejaVuSans.ttf"));
        }
        Translations translations = new Translations(languages.toString());
        assertThat(translations.fonts()).extracting(p -> p.getFileName().toString()).containsExactly("DejaVuSans.ttf");
        PacketFonts fonts = new PacketFonts(translations.fonts());
        assertThat(fonts.allPrintable(ARABIC)).isTrue();
        assertThat(fonts.allPrintable(CHINESE)).as("no font of this deployment has it").isFalse();

        Phrase phrase = fonts.phrase(VIETNAMESE + " " + ARABIC + " " + CHINESE, new Font(fonts.regular(), 10));
        List<String> runs = new ArrayList<>();
        for (Object chunk : phrase.getChunks()) {
            runs.add(((Chunk) chunk).getFont().getBaseFont().getPostscriptFontName() + ":" + ((Chunk) chunk).getContent());
        }
        assertThat(runs).hasSize(3);
        assertThat(runs.get(0)).startsWith("LiberationSans").contains(VIETNAMESE);
        assertThat(runs.get(1)).startsWith("DejaVuSans").contains(ARABIC);
        assertThat(runs.get(2)).endsWith("??");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(new Paragraph(phrase));
        document.close();
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            PDPage page = read.getPage(0);
            List<String> embedded = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                embedded.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
            }
            assertThat(embedded).anySatisfy(n -> assertThat(n).contains("LiberationSans").doesNotContain("not embedded"))
                    .anySatisfy(n -> assertThat(n).contains("DejaVuSans").doesNotContain("not embedded"));
            String printed = new PDFTextStripper().getText(read);
            assertThat(printed).contains(VIETNAMESE).contains("??");
            assertThat(printed.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                    .count()).as("the Arabic letters are in the document").isEqualTo(ARABIC.codePointCount(0, ARABIC.length()));
        }
    }

    private static String text(Phrase phrase) {
        StringBuilder all = new StringBuilder();
        for (Object chunk : phrase.getChunks()) {
            all.append(((Chunk) chunk).getContent());
        }
        return all.toString();
    }
}
