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
import org.policycommons.common.Translations;
import org.policycommons.support.PdfUa;

/**
 * The packet's fonts, every one embedded: Liberation Sans for Latin with Vietnamese diacritics; a font file dropped in
 * the languages folder for a script Liberation lacks (here DejaVu Sans for Arabic); "?" for what no font has, never a
 * character dropped.
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
        assertThat(fonts.cssFamily()).isEqualTo("'Liberation Sans'");
    }

    @Test
    void liberationSansIsUsedWithoutItsGlyphSubstitutionTable() throws Exception {
        byte[] font;
        try (InputStream in = getClass().getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            font = in.readAllBytes();
        }
        assertThat(tags(font)).contains("GSUB", "cmap", "glyf");
        List<String> after = tags(PacketFonts.withoutGlyphSubstitution(font.clone()));
        assertThat(after).doesNotContain("GSUB").contains("Xsub", "cmap", "glyf").hasSameSizeAs(tags(font));
        try (org.apache.fontbox.ttf.TrueTypeFont parsed = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(PacketFonts.withoutGlyphSubstitution(font.clone())))) {
            assertThat(parsed.getGsubData()).isSameAs(org.apache.fontbox.ttf.model.GsubData.NO_DATA_FOUND);
            assertThat(parsed.getUnicodeCmapLookup().getGlyphId('é')).isPositive();
        }
    }

    private static List<String> tags(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            tags.add(new String(font, 12 + 16 * i, 4, java.nio.charset.StandardCharsets.US_ASCII));
        }
        return tags;
    }

    @Test
    void aFontFileInTheLanguagesFolderPrintsItsScriptEmbedded() throws Exception {
        try (InputStream dejaVu = getClass().getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            Files.copy(dejaVu, languages.resolve("DejaVuSans.ttf"));
        }
        Translations translations = new Translations(languages.toString());
        assertThat(translations.fonts()).extracting(p -> p.getFileName().toString()).containsExactly("DejaVuSans.ttf");
        PacketFonts fonts = new PacketFonts(translations.fonts());
        assertThat(fonts.allPrintable(ARABIC)).isTrue();
        assertThat(fonts.allPrintable(CHINESE)).as("no font of this deployment has it").isFalse();
        assertThat(fonts.cssFamily()).isEqualTo("'Liberation Sans', 'Extra 0'");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PacketPdf.write("<!DOCTYPE html><html lang=\"vi\"><head><title>Fonts</title><style>body { font-family: "
                + fonts.cssFamily() + "; }</style></head><body><h1>Fonts</h1><p>" + VIETNAMESE + " <span lang=\"ar\">"
                + ARABIC + "</span> ??</p></body></html>", fonts, pdf);
        PdfUa.assertConforms(pdf.toByteArray(), "a page in Vietnamese and Arabic");
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            PDPage page = read.getPage(0);
            List<String> embedded = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                embedded.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
            }
            assertThat(embedded).anySatisfy(n -> assertThat(n).contains("LiberationSans").doesNotContain("not embedded"))
                    .anySatisfy(n -> assertThat(n).contains("DejaVuSans").doesNotContain("not embedded"))
                    .allSatisfy(n -> assertThat(n).doesNotContain("not embedded"));
            String printed = new PDFTextStripper().getText(read);
            assertThat(printed).contains(VIETNAMESE).contains("??");
            assertThat(printed.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                    .count()).as("the Arabic letters are in the document").isEqualTo(ARABIC.codePointCount(0, ARABIC.length()));
        }
    }
}
