package org.policycommons.board;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws a horizontal bar chart as an image for the packet: each bar with its label and its number, dark on white so
 * that it reads in grey print. The packet tags it as a figure whose alternative text states every figure, and the
 * table of the same figures follows it.
 */
final class PacketCharts {

    /** Points across the page's text block (US Letter less its margins). */
    static final int WIDTH_PT = 504;
    private static final int ROW_PT = 16;
    private static final int LABEL_PT = 190;
    /** Pixels per point: sharp when printed at 216 dpi. */
    private static final int SCALE = 3;
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color BAR = new Color(0x1f, 0x5f, 0x8b);

    /** A drawn chart: a PNG as a data URI, and the size it is printed at. */
    record Drawn(String dataUri, int widthPt, int heightPt) {
    }

    private final Font font;

    PacketCharts(PacketFonts fonts) {
        this.font = fonts.chartFont(8.5f * SCALE);
    }

    Drawn draw(List<BoardTables.Bar> bars) {
        int heightPt = ROW_PT * Math.max(bars.size(), 1) + 4;
        BufferedImage image = new BufferedImage(WIDTH_PT * SCALE, heightPt * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setFont(font);
            FontMetrics metrics = g.getFontMetrics();
            long max = Math.max(1, bars.stream().mapToLong(BoardTables.Bar::value).max().orElse(1));
            int barSpace = (WIDTH_PT - LABEL_PT - 50) * SCALE;
            for (int i = 0; i < bars.size(); i++) {
                BoardTables.Bar bar = bars.get(i);
                int top = (i * ROW_PT + 2) * SCALE;
                int baseline = top + (ROW_PT - 5) * SCALE;
                int length = Math.max(SCALE, (int) ((double) bar.value() / max * barSpace));
                g.setColor(INK);
                g.drawString(fit(bar.label(), (LABEL_PT - 6) * SCALE, metrics), 0, baseline - SCALE);
                g.setColor(BAR);
                g.fillRect(LABEL_PT * SCALE, top + 2 * SCALE, length, (ROW_PT - 5) * SCALE);
                g.setColor(INK);
                g.drawString(bar.shown(), LABEL_PT * SCALE + length + 4 * SCALE, baseline - SCALE);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Drawn("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()),
                WIDTH_PT, heightPt);
    }

    /** Cuts a label to the width it has (the full label is in the table after the chart); "?" for what the font lacks. */
    private String fit(String label, int width, FontMetrics metrics) {
        StringBuilder drawable = new StringBuilder();
        (label == null ? "" : label).codePoints()
                .forEach(c -> drawable.appendCodePoint(font.canDisplay(c) ? c : '?'));
        String text = drawable.toString();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        while (!text.isEmpty() && metrics.stringWidth(text + "…") > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "…";
    }
}
