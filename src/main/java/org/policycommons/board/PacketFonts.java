package org.policycommons.board;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The packet's fonts, every one embedded: Liberation Sans for Latin (with Vietnamese diacritics), Greek and Cyrillic;
 * then the deployment's own font files for other scripts (the languages folder's {@code .ttf} and {@code .otf} files,
 * for example Noto Sans SC or Noto Sans Arabic), in file-name order. The PDF renderer sets each character in the first
 * of them that has it; a character that none has becomes "?" before it gets there, and the text says so.
 */
final class PacketFonts {

    static final String FAMILY = "Liberation Sans";
    private static final String LIBERATION = "/liberation/LiberationSans-";

    /** The bytes of each font file, read once: the renderer embeds a subset of each font it uses. */
    private final byte[] regular;
    private final byte[] bold;
    private final byte[] italic;
    private final byte[] boldItalic;
    private final List<byte[]> extra;
    /** Which characters each font has, Liberation first. */
    private final List<TrueTypeFont> cmaps;

    PacketFonts(List<Path> extraFonts) {
        try {
            this.regular = resource("Regular");
            this.bold = resource("Bold");
            this.italic = resource("Italic");
            this.boldItalic = resource("BoldItalic");
            List<byte[]> files = new ArrayList<>();
            List<TrueTypeFont> fonts = new ArrayList<>(List.of(parse(regular, false)));
            for (Path file : extraFonts) {
                byte[] bytes = Files.readAllBytes(file);
                fonts.add(parse(bytes, file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".otf")));
                files.add(bytes);
            }
            this.extra = List.copyOf(files);
            this.cmaps = List.copyOf(fonts);
        } catch (IOException e) {
            throw new UncheckedIOException("A font of the packet cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String style) throws IOException {
        try (InputStream in = PacketFonts.class.getResourceAsStream(LIBERATION + style + ".ttf")) {
            if (in == null) {
                throw new IOException("Liberation Sans " + style + " is not on the class path");
            }
            return withoutGlyphSubstitution(in.readAllBytes());
        }
    }

    /**
     * The font with its glyph substitution table (GSUB) renamed out of reach. PDFBox applies a Latin font's GSUB
     * rules to every run of text it writes, compiling a regular expression each time: about 2 MB of garbage per
     * paragraph, most of a packet's 9 GB (docs/benchmarks.md). For Latin text the table only makes ligatures, which a
     * screen reader or a search would then have to undo. The table's bytes stay; the embedded subset leaves it out.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int tag = 12 + 16 * i;
            if (font[tag] == 'G' && font[tag + 1] == 'S' && font[tag + 2] == 'U' && font[tag + 3] == 'B') {
                font[tag] = 'X';
                font[tag + 1] = 's';
                font[tag + 2] = 'u';
                font[tag + 3] = 'b';
            }
        }
        return font;
    }

    private static TrueTypeFont parse(byte[] bytes, boolean openType) throws IOException {
        return openType ? new OTFParser().parse(new RandomAccessReadBuffer(bytes))
                : new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    /** Whether some font of the packet can print this character. */
    boolean printable(int codePoint) {
        if (Character.isWhitespace(codePoint)) {
            return true;
        }
        for (TrueTypeFont font : cmaps) {
            try {
                if (font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    /** Whether every character of the text can be printed. */
    boolean allPrintable(String text) {
        return text.codePoints().allMatch(this::printable);
    }

    /** The CSS font family list: Liberation Sans, then the deployment's fonts in their order. */
    String cssFamily() {
        StringBuilder family = new StringBuilder("'" + FAMILY + "'");
        for (int i = 0; i < extra.size(); i++) {
            family.append(", 'Extra ").append(i).append("'");
        }
        return family.toString();
    }

    /** Gives the renderer every font, to be embedded as a subset of what the packet uses. */
    void addTo(PdfRendererBuilder builder) {
        builder.useFont(() -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(italic), FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(boldItalic), FAMILY, 700, FontStyle.ITALIC, true);
        for (int i = 0; i < extra.size(); i++) {
            byte[] bytes = extra.get(i);
            for (FontStyle style : List.of(FontStyle.NORMAL, FontStyle.ITALIC)) {
                for (int weight : new int[] {400, 700}) {
                    builder.useFont(() -> new ByteArrayInputStream(bytes), "Extra " + i, weight, style, true);
                }
            }
        }
    }

    /** Liberation Sans as a Java 2D font, to draw the charts' labels. */
    Font chartFont(float size) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(regular)).deriveFont(size);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Liberation Sans cannot be drawn: " + e.getMessage(), e);
        }
    }
}
