package org.policycommons.board;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

/**
 * The packet's fonts: Liberation Sans, embedded, for Latin (with Vietnamese diacritics), Greek and Cyrillic; then the
 * deployment's own font files for other scripts (the languages folder's {@code .ttf} and {@code .otf} files, for
 * example Noto Sans SC or Noto Sans Arabic), in file-name order. Each run of text is set in the first font that has
 * all its characters; a character no font has becomes "?", and the text says so, rather than vanishing.
 */
final class PacketFonts {

    /** What a style is drawn with: the embedded font of that style, then the deployment's fonts. */
    private final List<BaseFont> regular;
    private final List<BaseFont> bold;
    private final List<BaseFont> italic;

    PacketFonts(List<Path> extraFonts) {
        try {
            List<BaseFont> extra = new ArrayList<>();
            for (Path file : extraFonts) {
                extra.add(BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
            }
            this.regular = chain(Liberation.SANS.create().getBaseFont(), extra);
            this.bold = chain(Liberation.SANS_BOLD.create().getBaseFont(), extra);
            this.italic = chain(Liberation.SANS_ITALIC.create().getBaseFont(), extra);
        } catch (IOException e) {
            throw new IllegalStateException("A font of the packet cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<BaseFont> chain(BaseFont first, List<BaseFont> extra) {
        List<BaseFont> fonts = new ArrayList<>(List.of(first));
        fonts.addAll(extra);
        return List.copyOf(fonts);
    }

    BaseFont regular() {
        return regular.getFirst();
    }

    BaseFont bold() {
        return bold.getFirst();
    }

    BaseFont italic() {
        return italic.getFirst();
    }

    /** Whether some font of the packet can print this character. */
    boolean printable(int codePoint) {
        return Character.isWhitespace(codePoint) || regular.stream().anyMatch(f -> f.charExists(codePoint));
    }

    /**
     * The text as a phrase in the style of {@code like} (its size, colour and which of regular, bold or italic), each
     * run of characters in the first font that has them. Characters no font has are "?" here; mark the text with
     * {@link #allPrintable} first.
     */
    Phrase phrase(String text, Font like) {
        List<BaseFont> fonts = like.getBaseFont() == bold() ? bold : like.getBaseFont() == italic() ? italic : regular;
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        BaseFont current = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            BaseFont font = fontFor(c, fonts, current);
            if (font != current && !run.isEmpty()) {
                phrase.add(new Chunk(run.toString(), styled(current, like)));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(font == null ? '?' : c);
        }
        if (!run.isEmpty()) {
            phrase.add(new Chunk(run.toString(), styled(current, like)));
        }
        return phrase;
    }

    /** Whether every character of the text can be printed. */
    boolean allPrintable(String text) {
        return text.codePoints().allMatch(this::printable);
    }

    /** Spaces and punctuation stay in the run they are in; other characters go to the first font that has them. */
    private static BaseFont fontFor(int c, List<BaseFont> fonts, BaseFont current) {
        if (current != null && (Character.isWhitespace(c) || current.charExists(c))) {
            return current;
        }
        for (BaseFont font : fonts) {
            if (font.charExists(c)) {
                return font;
            }
        }
        return Character.isWhitespace(c) ? fonts.getFirst() : null;
    }

    private Font styled(BaseFont font, Font like) {
        Color color = like.getColor();
        return new Font(font == null ? regular() : font, like.getSize(), Font.NORMAL, color);
    }
}
