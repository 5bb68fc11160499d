package org.policycommons.board;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.policycommons.board.BoardTables.Block;
import org.policycommons.board.BoardTables.Cell;
import org.policycommons.board.BoardTables.Chart;
import org.policycommons.board.BoardTables.Heading;
import org.policycommons.board.BoardTables.Items;
import org.policycommons.board.BoardTables.Note;
import org.policycommons.board.BoardTables.Part;
import org.policycommons.board.BoardTables.Row;
import org.policycommons.board.BoardTables.Table;
import org.policycommons.board.BoardTables.Text;
import org.policycommons.comment.DistrictResponse;
import org.policycommons.common.Markup;
import org.policycommons.text.Translated;
import org.policycommons.vote.VoterGroup;

/**
 * The board packet as one XHTML document, the input of the tagged PDF (PacketPdf): the cover, then each part of the
 * {@link BoardTables} on a page of its own, with what only the packet prints beside the figures (representative
 * comments under their section's table, the list of responses). Structure is the markup's: headings in order, tables
 * with header cells and their scope, lists, a figure with alternative text before the table of the same figures,
 * and {@code lang} on every passage in another language than the packet's. Every text is escaped.
 */
final class PacketHtml {

    /** Comments longer than this are shortened, marked with an ellipsis; the full text is in the CSV. */
    static final int EXCERPT = 600;
    /** Where the footer's page number goes: a private-use character no text of the packet holds. */
    private static final String PAGE_NUMBER = "\uE000";

    private final BoardPacket.PacketContent content;
    private final BoardTables tables;
    private final Locale locale;
    private final BoardLayout.Texts texts;
    private final PacketFonts fonts;
    private final PacketCharts charts;
    private final Markup html = new Markup();
    private int anchors;
    private final List<Bookmark> bookmarks = new ArrayList<>();
    /** The heading just written, if nothing came after it yet: a table right under it needs no caption of its own. */
    private String lastHeading;

    PacketHtml(BoardPacket.PacketContent content, BoardTables tables, Locale locale, BoardLayout.Texts texts,
               PacketFonts fonts) {
        this.content = content;
        this.tables = tables;
        this.locale = locale;
        this.texts = texts;
        this.fonts = fonts;
        this.charts = new PacketCharts(fonts);
    }

    /** A bookmark of the packet: a part, with the headings within it. */
    private record Bookmark(String title, String anchor, List<Bookmark> within) {
    }

    String document() {
        html.open("body");
        cover();
        for (Part part : tables.parts()) {
            if (part.key().equals("summary")) {
                continue;
            }
            html.open("div", "class", "part");
            heading(1, part.heading());
            lastHeading = part.heading();
            for (Block block : part.blocks()) {
                block(block);
            }
            if (part.key().equals("responses")) {
                responseList();
            }
            html.close("div");
        }
        html.close("body");
        return "<!DOCTYPE html>\n<html lang=\"" + Markup.escape(locale.toLanguageTag()) + "\"><head>"
                + "<meta charset=\"UTF-8\"/>"
                + "<title>" + Markup.escape(printable(texts.get("packet.title", content.cycle().titleFor(locale))))
                + "</title>"
                + meta("subject", printable(texts.get("packet.subject", content.district().name())))
                + meta("description", printable(texts.get("packet.subject", content.district().name())))
                + meta("author", printable(content.district().name()))
                + "<bookmarks>" + bookmarks.stream().map(PacketHtml::bookmark).collect(Collectors.joining())
                + "</bookmarks><style>" + Markup.escape(style()) + "</style></head>" + html + "</html>";
    }

    private void cover() {
        html.open("div", "class", "cover");
        html.element("p", printable(content.district().name()), "class", "district");
        heading(1, texts.get("packet.cover.title"));
        html.element("p", printable(content.cycle().titleFor(locale)), "class", "cycle");
        String prepared = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(content.preparedAt().atZone(content.district().timeZone()));
        html.element("p", texts.get("packet.cover.prepared", prepared), "class", "prepared");
        html.element("p", texts.get("packet.cover.about"));
        html.element("p", texts.get("packet.cover.privacy", VoterGroup.SMALLEST_SHOWN));
        tables.part("summary").ifPresent(summary -> {
            heading(2, summary.heading());
            lastHeading = summary.heading();
            summary.blocks().forEach(this::block);
        });
        html.close("div");
    }

    private void block(Block block) {
        String heading = lastHeading;
        lastHeading = null;
        switch (block) {
            case Heading h -> heading(2, h.text());
            case Text t -> html.element("p", printable(t.text()));
            case Note n -> html.element("p", printable(n.text()), "class", "note");
            case Items items -> {
                html.open("ul");
                items.items().forEach(item -> html.element("li", printable(item)));
                html.close("ul");
            }
            case Chart chart -> chart(chart);
            case Table table -> {
                table(table, table.caption().equals(heading));
                if (table.key().startsWith("section-")) {
                    representative(Long.parseLong(table.key().substring("section-".length())));
                }
            }
        }
    }

    private void heading(int level, String text) {
        lastHeading = text;
        String anchor = "h" + ++anchors;
        html.element("h" + level, printable(text), "id", anchor);
        Bookmark mark = new Bookmark(printable(text), anchor, new ArrayList<>());
        if (level == 1 || bookmarks.isEmpty()) {
            bookmarks.add(mark);
        } else {
            bookmarks.getLast().within().add(mark);
        }
    }

    /** A chart as a figure whose alternative text states its figures; the table of the same figures follows. */
    private void chart(Chart chart) {
        if (chart.bars().isEmpty()) {
            return;
        }
        PacketCharts.Drawn drawn = charts.draw(chart.bars());
        html.open("div", "class", "chart");
        html.open("img", "src", drawn.dataUri(), "alt", printable(chart.alt()),
                "style", "width: " + drawn.widthPt() + "pt; height: " + drawn.heightPt() + "pt;");
        html.close("img");
        html.close("div");
    }

    private void table(Table table, boolean underItsHeading) {
        if (table.rows().isEmpty() && table.empty() != null) {
            html.element("p", printable(texts.get("board.table.empty", table.caption(), table.empty())));
            return;
        }
        html.open("table", "class", table.key().equals("summary") ? "summary" : null);
        if (!underItsHeading) {
            html.element("caption", printable(table.caption()));
        }
        html.open("thead").open("tr");
        for (String header : table.headers()) {
            html.element("th", printable(header), "scope", "col");
        }
        html.close("tr").close("thead");
        html.open("tbody");
        for (Row row : table.rows()) {
            html.open("tr");
            html.element("th", printable(row.header()), "scope", "row");
            for (Cell cell : row.cells()) {
                html.element("td", printable(cell.text()), "class", cell.hidden() ? "hidden" : cell.figure() ? "figure" : null);
            }
            html.close("tr");
        }
        html.close("tbody");
        html.close("table");
    }

    /** A section's representative comments: each says its view, pseudonym and group, then its words. */
    private void representative(long sectionId) {
        List<ConsolidatedInput.DrillComment> comments = content.representative().getOrDefault(sectionId, List.of());
        if (comments.isEmpty()) {
            return;
        }
        html.open("ul", "class", "comments");
        for (ConsolidatedInput.DrillComment comment : comments) {
            String who = texts.get("packet.comments.who", texts.get(comment.stance().translationKey()),
                    comment.shownAs(), texts.get(comment.group().translationKey()));
            Optional<String> translated = otherLanguage(comment) ? content.staffTranslations()
                    .getOrDefault(comment.id(), Translated.NONE).in(locale) : Optional.empty();
            html.open("li");
            if (translated.isPresent()) {
                // The district's translation, then the original beside it: never the translation alone.
                html.element("p", printable(who + " " + texts.get("packet.comments.translated")), "class", "who");
                html.element("blockquote", excerpt(translated.get()));
                html.element("p", texts.get("packet.comments.original",
                        Locale.forLanguageTag(comment.language()).getDisplayLanguage(locale)), "class", "who");
                html.element("blockquote", excerpt(comment.text()), "lang", comment.language());
            } else {
                html.element("p", printable(who), "class", "who");
                html.element("blockquote", excerpt(comment.text()),
                        "lang", otherLanguage(comment) ? comment.language() : null);
            }
            html.close("li");
        }
        html.close("ul");
    }

    private void responseList() {
        heading(2, texts.get("packet.responses.list"));
        if (content.responses().isEmpty()) {
            html.element("p", texts.get("packet.responses.none"));
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        html.open("ul", "class", "responses");
        for (DistrictResponse response : content.responses()) {
            html.open("li");
            html.element("p", texts.get("packet.responses.head",
                    date.format(response.createdAt().atZone(content.district().timeZone())),
                    texts.get(response.disposition().translationKey()), response.commentIds().size(),
                    response.versionNumber()), "class", "who");
            html.element("p", printable(response.body().textFor(locale)));
            if (!response.changed().isEmpty()) {
                html.element("p", printable(texts.get("packet.responses.changed", response.changed().stream()
                        .map(c -> c.sectionNumber() == null ? texts.get("packet.responses.removed-section", c.heading())
                                : texts.get("packet.responses.version-section", c.versionNumber(), c.sectionNumber(),
                                c.heading()))
                        .collect(Collectors.joining("; ")))), "class", "note");
            }
            html.close("li");
        }
        html.close("ul");
    }

    private String style() {
        String family = fonts.cssFamily();
        String footer = cssString(printable(texts.get("packet.footer", content.district().name(),
                content.cycle().titleFor(locale), PAGE_NUMBER)));
        // The page number goes where the footer's text has its placeholder.
        String[] around = footer.split(PAGE_NUMBER, 2);
        String footerContent = "\"" + around[0] + "\" counter(page)" + (around.length > 1 ? " \"" + around[1] + "\"" : "");
        return "@page { size: letter; margin: 60pt 54pt 66pt 54pt;"
                + " @bottom-center { content: " + footerContent + "; font-family: " + family
                + "; font-size: 8.5pt; color: #4a4a4a; } }"
                + " body { font-family: " + family + "; font-size: 10pt; color: #1a1a1a; line-height: 1.35; }"
                + " .part { page-break-before: always; }"
                + " .cover .district { margin-top: 110pt; font-size: 14pt; color: #4a4a4a; }"
                + " .cover h1 { font-size: 26pt; margin: 12pt 0 4pt 0; }"
                + " .cover .cycle { font-size: 18pt; margin: 0 0 18pt 0; }"
                + " h1 { font-size: 16pt; margin: 0 0 8pt 0; }"
                + " h2 { font-size: 12pt; margin: 14pt 0 4pt 0; page-break-after: avoid; }"
                + " p { margin: 0 0 6pt 0; }"
                + " .note { font-size: 8.5pt; color: #4a4a4a; }"
                + " table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt 0; }"
                + " thead { display: table-header-group; }"
                + " tr { page-break-inside: avoid; }"
                + " th, td { border: 0.75pt solid #b0b0b0; padding: 3pt 4pt; text-align: left; vertical-align: top; }"
                + " thead th { background-color: #e8eef4; font-size: 8.5pt; }"
                + " tbody th { font-weight: normal; }"
                + " table.summary tbody th { width: 75%; }"
                + " td.figure, td.hidden { text-align: right; white-space: nowrap; }"
                + " .chart { margin: 4pt 0 6pt 0; }"
                + " ul { margin: 0 0 8pt 0; padding-left: 14pt; }"
                + " ul.comments, ul.responses { list-style-type: none; padding-left: 0; }"
                + " ul.comments li, ul.responses li { page-break-inside: avoid; margin-bottom: 6pt; }"
                + " .who { font-weight: bold; margin: 0; }"
                + " blockquote { margin: 0 0 4pt 0; font-style: italic; font-size: 9.5pt; }";
    }

    /** Whether a comment was written in another language than the packet's. */
    private boolean otherLanguage(ConsolidatedInput.DrillComment comment) {
        return comment.language() != null
                && !Locale.forLanguageTag(comment.language()).getLanguage().equals(locale.getLanguage());
    }

    private String excerpt(String text) {
        String flat = text.strip();
        return printable(flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1).stripTrailing() + "…");
    }

    /**
     * The text as the packet's fonts can print it (PacketFonts). A character none has becomes "?" and a note says so,
     * rather than vanishing without a trace; the CSV has the text as written.
     */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean missing = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowedInXml(c)) {
                out.append(' '); // a control character, which XML (and so the packet) cannot hold: as a space
            } else if (c == PAGE_NUMBER.charAt(0) || fonts.printable(c)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
                missing = true;
            }
            i += Character.charCount(c);
        }
        return missing ? out + " " + texts.get("packet.unprintable") : out.toString();
    }

    /** XML 1.0's characters: tab, line feed, carriage return, and from the space on, less surrogates and U+FFFE/F. */
    static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static String meta(String name, String content) {
        return "<meta name=\"" + name + "\" content=\"" + Markup.escape(content) + "\"/>";
    }

    private static String bookmark(Bookmark mark) {
        return "<bookmark name=\"" + Markup.escape(mark.title()) + "\" href=\"#" + mark.anchor() + "\">"
                + mark.within().stream().map(PacketHtml::bookmark).collect(Collectors.joining()) + "</bookmark>";
    }

    /** A text inside a CSS string in double quotes. */
    private static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("\r", " ");
    }
}
