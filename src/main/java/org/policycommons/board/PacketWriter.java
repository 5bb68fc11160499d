package org.policycommons.board;

import java.awt.Color;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.policycommons.comment.Disposition;
import org.policycommons.comment.DistrictResponse;
import org.policycommons.comment.ModerationService;
import org.policycommons.comment.Stance;
import org.policycommons.text.Translated;
import org.policycommons.vote.Results;
import org.policycommons.vote.VoterGroup;

/**
 * Lays out one board packet with OpenPDF: US Letter, an embedded Unicode font (Liberation Sans) so that any comment
 * prints, a bookmark per part, the document's title and language set for assistive technology, and every chart drawn
 * as vectors right above a table holding the same figures.
 */
final class PacketWriter {

    /** The packet's texts, in its language. */
    interface Texts {
        String get(String key, Object... args);
    }

    /** Comments longer than this are shortened, marked with an ellipsis; the full text is in the CSV. */
    static final int EXCERPT = 600;

    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color MUTED = new Color(0x4a, 0x4a, 0x4a);
    private static final Color BAR = new Color(0x1f, 0x5f, 0x8b);
    private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf4);
    private static final Color RULE = new Color(0xb0, 0xb0, 0xb0);
    private static final float CHART_ROW = 16;
    /** Cells that hold a figure, right-aligned so that digits line up: 1,234 · 12.5 % · #2 (30 points) · —. */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[#n.º ]*[\\d.,]+( ?%| \\(.*\\))?|—");

    private final BoardPacket.PacketContent content;
    private final Locale locale;
    private final Texts texts;
    private final NumberFormat numbers;
    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont italic;
    private final PacketFonts fonts;
    private final Font body;
    private final Font small;
    private final Font strong;
    private final Font quoteFont;
    private PdfWriter writer;

    PacketWriter(BoardPacket.PacketContent content, Locale locale, Texts texts, PacketFonts fonts) {
        this.fonts = fonts;
        this.content = content;
        this.locale = locale;
        this.texts = texts;
        this.numbers = NumberFormat.getIntegerInstance(locale);
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.italic = fonts.italic();
        this.body = new Font(regular, 10, Font.NORMAL, INK);
        this.small = new Font(regular, 8.5f, Font.NORMAL, MUTED);
        this.strong = new Font(bold, 10, Font.NORMAL, INK);
        this.quoteFont = new Font(italic, 9.5f, Font.NORMAL, INK);
    }

    void write(OutputStream out) {
        Document document = new Document(PageSize.LETTER, 54, 54, 60, 60);
        try {
            writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPdfVersion(PdfWriter.PDF_VERSION_1_7);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
            writer.setPageEvent(new Pages());
            document.addTitle(texts.get("packet.title", content.cycle().titleFor(locale)));
            document.addSubject(texts.get("packet.subject", content.district().name()));
            document.addAuthor(content.district().name());
            document.addCreator("Policy Commons");
            document.addCreationDate();
            document.open();
            cover(document);
            participation(document);
            votes(document);
            comments(document);
            responses(document);
            changes(document);
            moderation(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The board packet could not be laid out", e);
        }
    }

    private void cover(Document document) throws DocumentException {
        Paragraph district = new Paragraph(fonts.phrase(printable(content.district().name()),
                new Font(regular, 14, Font.NORMAL, MUTED)));
        district.setSpacingBefore(120);
        document.add(district);
        Paragraph title = heading(texts.get("packet.cover.title"), 1, new Font(bold, 26, Font.NORMAL, INK));
        title.setSpacingBefore(12);
        document.add(title);
        document.add(new Paragraph(fonts.phrase(printable(content.cycle().titleFor(locale)),
                new Font(regular, 18, Font.NORMAL, INK))));
        String prepared = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(content.preparedAt().atZone(content.district().timeZone()));
        Paragraph date = new Paragraph(texts.get("packet.cover.prepared", prepared), body);
        date.setSpacingBefore(18);
        document.add(date);
        Paragraph about = new Paragraph(texts.get("packet.cover.about"), body);
        about.setSpacingBefore(10);
        document.add(about);
        Paragraph privacy = new Paragraph(texts.get("packet.cover.privacy", VoterGroup.SMALLEST_SHOWN), body);
        privacy.setSpacingBefore(6);
        document.add(privacy);

        section(document, texts.get("packet.summary"));
        ConsolidatedInput input = content.input();
        long people = input.participation().stream().filter(p -> !p.suppressed()).mapToLong(p -> p.participants()).sum();
        long hiddenGroups = input.participation().stream().filter(ConsolidatedInput.Participation::suppressed).count();
        long comments = input.sections().stream().mapToLong(ConsolidatedInput.SectionComments::total).sum();
        long unanswered = input.unanswered().stream().mapToLong(ConsolidatedInput.Unanswered::comments).sum();
        PdfPTable summary = table(new float[] {2.8f, 1.2f}, texts.get("packet.summary.figure"), texts.get("packet.summary.value"));
        row(summary, texts.get("packet.summary.people"), hiddenGroups == 0 ? count(people)
                : texts.get("packet.summary.people-shown", count(people), hiddenGroups));
        row(summary, texts.get("packet.summary.comments"), count(comments));
        row(summary, texts.get("packet.summary.voters"), input.votes().overallSuppressed()
                ? texts.get("results.fewer-than", VoterGroup.SMALLEST_SHOWN) : count(input.votes().voters()));
        row(summary, texts.get("packet.summary.responses"), count(content.responses().size()));
        row(summary, texts.get("packet.summary.unanswered"), count(unanswered));
        row(summary, texts.get("packet.summary.removed"), count(content.removedNow()));
        document.add(summary);
    }

    private void participation(Document document) throws DocumentException {
        ConsolidatedInput input = content.input();
        part(document, texts.get("board.participation"));
        document.add(chart(texts.get("board.chart.participation"), input.participation().stream()
                .filter(p -> !p.suppressed())
                .map(p -> new Bar(group(p.group()), p.participants())).toList()));
        PdfPTable table = table(new float[] {2.2f, 1.3f, 1, 1, 1.3f}, texts.get("results.column.group"),
                texts.get("board.column.people"), texts.get("board.column.comments"), texts.get("board.column.ballots"),
                texts.get("board.column.rate"));
        for (ConsolidatedInput.Participation p : input.participation()) {
            if (p.suppressed()) {
                String hidden = texts.get("results.not-shown");
                row(table, group(p.group()), hidden, hidden, hidden, hidden);
            } else {
                row(table, group(p.group()), count(p.participants()), count(p.comments()), count(p.ballots()),
                        p.rateOfEnrolment() == null ? "—" : String.format(locale, "%.2f %%", p.rateOfEnrolment() * 100));
            }
        }
        document.add(table);
        note(document, texts.get("packet.participation.enrolment", count(input.enrolment())));
    }

    private void votes(Document document) throws DocumentException {
        Results results = content.input().votes();
        part(document, texts.get("results.title"));
        if (results.voters() == 0) {
            document.add(new Paragraph(texts.get("packet.votes.none"), body));
            return;
        }
        if (results.overallSuppressed()) {
            document.add(new Paragraph(texts.get("results.suppressed", VoterGroup.SMALLEST_SHOWN), body));
            return;
        }
        document.add(chart(texts.get("packet.chart.points"), results.overall().stream()
                .map(l -> new Bar(content.priorityTitles().get(l.priorityId()), l.points())).toList()));
        PdfPTable overall = table(new float[] {0.6f, 3, 1, 1, 1}, texts.get("results.column.rank"),
                texts.get("results.column.priority"), texts.get("results.column.points"),
                texts.get("results.column.share"), texts.get("results.column.voters"));
        for (Results.Line line : results.overall()) {
            row(overall, String.valueOf(line.rank()), content.priorityTitles().get(line.priorityId()), count(line.points()),
                    String.format(locale, "%.1f %%", line.share() * 100), count(line.voters()));
        }
        document.add(overall);

        section(document, texts.get("packet.votes.by-group"));
        // Only the groups shown that have voters: a hidden group's column would be its figures.
        List<VoterGroup> groups = results.comparableGroups();
        List<String> headers = new ArrayList<>(List.of(texts.get("results.column.priority")));
        groups.forEach(g -> headers.add(group(g)));
        float[] widths = new float[headers.size()];
        Arrays.fill(widths, 1);
        widths[0] = 2.4f;
        PdfPTable ranks = table(widths, headers.toArray(String[]::new));
        for (Results.Line line : results.overall()) {
            List<String> cells = new ArrayList<>(List.of(content.priorityTitles().get(line.priorityId())));
            for (VoterGroup g : groups) {
                cells.add(results.groups().get(g).line(line.priorityId())
                        .map(l -> texts.get("packet.votes.rank-points", l.rank(), count(l.points()))).orElse("—"));
            }
            row(ranks, cells.toArray(String[]::new));
        }
        document.add(ranks);
        note(document, texts.get("packet.votes.rank-note"));

        section(document, texts.get("results.divergence"));
        if (results.divergence().isEmpty()) {
            document.add(new Paragraph(texts.get("results.no-divergence"), body));
        }
        for (Results.Divergence d : results.divergence()) {
            document.add(bullet(texts.get("results.divergence-line", content.priorityTitles().get(d.priorityId()),
                    group(d.bestGroup()), d.bestRank(), group(d.worstGroup()), d.worstRank())));
        }
    }

    private void comments(Document document) throws DocumentException {
        ConsolidatedInput input = content.input();
        part(document, texts.get("board.comments"));
        if (input.sections().isEmpty()) {
            document.add(new Paragraph(texts.get("packet.comments.none"), body));
            return;
        }
        document.add(chart(texts.get("packet.chart.sections"), input.sections().stream()
                .map(s -> new Bar(s.named(texts.get("board.whole-draft")), s.total())).toList()));
        PdfPTable totals = table(new float[] {4, 1}, texts.get("board.column.section"), texts.get("board.column.all"));
        input.sections().forEach(s -> row(totals, s.named(texts.get("board.whole-draft")), count(s.total())));
        document.add(totals);
        note(document, texts.get("packet.comments.rule", EXCERPT));
        if (!input.commentsByLanguage().isEmpty()) {
            PdfPTable languages = table(new float[] {3, 1}, texts.get("board.column.language"),
                    texts.get("board.column.comments"));
            input.commentsByLanguage().forEach((language, n) -> row(languages,
                    Locale.forLanguageTag(language).getDisplayLanguage(locale),
                    n == null ? texts.get("results.fewer-than", VoterGroup.SMALLEST_SHOWN) : count(n)));
            section(document, texts.get("board.languages"));
            document.add(languages);
        }
        // How the input reached the district: typed online, or entered by staff from a meeting, paper, a letter...
        PdfPTable channels = table(new float[] {3, 1}, texts.get("board.column.channel"),
                texts.get("board.column.comments"));
        input.commentsByChannel().forEach((channel, n) -> row(channels, texts.get(channel.translationKey()),
                n == null ? texts.get("results.fewer-than", VoterGroup.SMALLEST_SHOWN) : count(n)));
        section(document, texts.get("board.channels"));
        document.add(channels);

        // Each section of a revised draft across its versions, and per section the comments of earlier versions that
        // stand on text changed since (docs/decisions/027).
        Map<Long, List<ConsolidatedInput.SectionAcross>> across = new LinkedHashMap<>();
        input.acrossVersions().forEach(row -> across.computeIfAbsent(row.draftId(), k -> new ArrayList<>()).add(row));
        for (List<ConsolidatedInput.SectionAcross> rows : across.values()) {
            List<String> headers = new ArrayList<>(List.of(texts.get("board.column.section")));
            rows.getFirst().byVersion().keySet().forEach(n -> headers.add(texts.get("board.column.version", n)));
            headers.add(texts.get("board.column.carried-changed"));
            float[] widths = new float[headers.size()];
            Arrays.fill(widths, 1);
            widths[0] = 3;
            widths[widths.length - 1] = 2;
            PdfPTable table = table(widths, headers.toArray(String[]::new));
            for (ConsolidatedInput.SectionAcross row : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(row.number() == null ? texts.get("board.across.removed", row.heading()) : row.named());
                row.byVersion().values().forEach(n -> cells.add(count(n)));
                cells.add(count(row.carriedOnChanged()));
                row(table, cells.toArray(String[]::new));
            }
            section(document, texts.get("board.across.caption", rows.getFirst().draftTitle()));
            document.add(table);
            note(document, texts.get("board.across.note"));
        }

        Set<VoterGroup> hidden = input.hidden();
        for (ConsolidatedInput.SectionComments section : input.sections()) {
            section(document, section.sectionId() == 0
                    ? texts.get("packet.comments.whole-draft", section.total())
                    : texts.get("packet.comments.section", section.number(), section.heading(), section.total()));
            List<String> headers = new ArrayList<>(List.of(texts.get("results.column.group")));
            Arrays.stream(Stance.values()).forEach(s -> headers.add(texts.get(s.translationKey())));
            PdfPTable table = table(new float[] {2.2f, 1, 1, 1, 1}, headers.toArray(String[]::new));
            for (VoterGroup g : VoterGroup.values()) {
                List<String> cells = new ArrayList<>(List.of(group(g)));
                Map<Stance, Long> stances = section.byGroup().get(g);
                for (Stance s : Stance.values()) {
                    cells.add(hidden.contains(g) ? texts.get("results.not-shown")
                            : count(stances == null ? 0 : stances.getOrDefault(s, 0L)));
                }
                row(table, cells.toArray(String[]::new));
            }
            document.add(table);
            for (ConsolidatedInput.DrillComment comment : content.representative().getOrDefault(section.sectionId(), List.of())) {
                String who = texts.get("packet.comments.who", texts.get(comment.stance().translationKey()),
                        comment.shownAs(), group(comment.group()));
                Optional<String> translated = otherLanguage(comment) ? content.staffTranslations()
                        .getOrDefault(comment.id(), Translated.NONE).in(locale) : Optional.empty();
                if (translated.isPresent()) {
                    // The district's translation, then the original beside it: never the translation alone.
                    document.add(attributed(who + " " + texts.get("packet.comments.translated"),
                            excerpt(translated.get()), quoteFont));
                    document.add(attributed(texts.get("packet.comments.original",
                            Locale.forLanguageTag(comment.language()).getDisplayLanguage(locale)),
                            excerpt(comment.text()), quoteFont));
                } else {
                    document.add(attributed(who, excerpt(comment.text()), quoteFont));
                }
            }
        }
    }

    private void responses(Document document) throws DocumentException {
        ConsolidatedInput input = content.input();
        part(document, texts.get("board.responses"));
        document.add(chart(texts.get("board.responses"), Arrays.stream(Disposition.values())
                .map(d -> new Bar(texts.get(d.translationKey()), input.responsesByDisposition().get(d))).toList()));
        PdfPTable counts = table(new float[] {3, 1}, texts.get("response.form.disposition"),
                texts.get("board.column.responses"));
        for (Disposition d : Disposition.values()) {
            row(counts, texts.get(d.translationKey()), count(input.responsesByDisposition().get(d)));
        }
        document.add(counts);

        section(document, texts.get("board.unanswered"));
        if (input.unanswered().isEmpty()) {
            document.add(new Paragraph(texts.get("packet.unanswered.none"), body));
        } else {
            PdfPTable unanswered = table(new float[] {4, 1}, texts.get("board.column.section"),
                    texts.get("board.column.comments"));
            input.unanswered().forEach(u -> row(unanswered, u.named(texts.get("board.whole-draft")),
                    count(u.comments())));
            document.add(unanswered);
        }

        section(document, texts.get("packet.responses.list"));
        if (content.responses().isEmpty()) {
            document.add(new Paragraph(texts.get("packet.responses.none"), body));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        for (DistrictResponse response : content.responses()) {
            document.add(attributed(texts.get("packet.responses.head",
                    date.format(response.createdAt().atZone(content.district().timeZone())),
                    texts.get(response.disposition().translationKey()), response.commentIds().size(),
                    response.versionNumber()), printable(response.body().textFor(locale)), body));
            if (!response.changed().isEmpty()) {
                Paragraph changed = new Paragraph(texts.get("packet.responses.changed", response.changed().stream()
                        .map(c -> c.sectionNumber() == null ? texts.get("packet.responses.removed-section", c.heading())
                                : texts.get("packet.responses.version-section", c.versionNumber(), c.sectionNumber(),
                                c.heading()))
                        .collect(Collectors.joining("; "))), small);
                changed.setIndentationLeft(12);
                document.add(changed);
            }
        }
    }

    private void changes(Document document) throws DocumentException {
        part(document, texts.get("board.changes"));
        if (content.input().changes().isEmpty()) {
            document.add(new Paragraph(texts.get("board.changes.none"), body));
        }
        for (ConsolidatedInput.VersionChange change : content.input().changes()) {
            section(document, texts.get("board.changes.caption", change.draftTitle(), change.from(), change.to(),
                    change.changed(), change.added(), change.removed()));
            PdfPTable table = table(new float[] {3, 1.2f, 2.2f}, texts.get("board.column.section"),
                    texts.get("board.column.change"), texts.get("board.column.driven-by"));
            for (ConsolidatedInput.SectionChange section : change.sections()) {
                String where = section.toNumber() != null ? section.toNumber() + ". " + section.heading() : section.heading();
                String behind = section.responses().isEmpty() ? "—" : section.responses().entrySet().stream()
                        .map(e -> texts.get("board.disposition-count", texts.get(e.getKey().translationKey()),
                                e.getValue()))
                        .collect(Collectors.joining(", "));
                row(table, where, texts.get("draft.redline." + section.change().toLowerCase(Locale.ROOT)), behind);
            }
            document.add(table);
        }
    }

    private void moderation(Document document) throws DocumentException {
        part(document, texts.get("packet.moderation"));
        document.add(new Paragraph(texts.get("packet.moderation.removed-now", content.removedNow()), body));
        if (content.moderation().isEmpty()) {
            document.add(new Paragraph(texts.get("moderation.log.empty"), body));
            return;
        }
        PdfPTable table = table(new float[] {1, 3, 0.8f}, texts.get("moderation.log.act"),
                texts.get("moderation.log.reason"), texts.get("moderation.log.times"));
        for (ModerationService.LogLine line : content.moderation()) {
            row(table, texts.get("moderation.log.act." + line.act().toLowerCase(Locale.ROOT)), line.reason().textFor(locale),
                    count(line.times()));
        }
        document.add(table);
        note(document, texts.get("packet.moderation.note"));
    }

    // Building blocks

    private record Bar(String label, long value) {
    }

    /**
     * A horizontal bar chart drawn as vectors, each bar with its number, so it reads in grey print. Its figures are
     * always in the table right below it.
     */
    private Image chart(String title, List<Bar> bars) throws DocumentException {
        float width = PageSize.LETTER.getWidth() - 108;
        float labelWidth = 190;
        float barSpace = width - labelWidth - 50;
        float height = CHART_ROW * Math.max(bars.size(), 1) + 4;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float y = height - (i + 1) * CHART_ROW;
            float length = Math.max(1, (float) bar.value() / max * barSpace);
            template.beginText();
            template.setFontAndSize(regular, 8.5f);
            template.setColorFill(INK);
            template.setTextMatrix(0, y + 4);
            template.showText(fit(bar.label(), labelWidth - 6, 8.5f));
            template.endText();
            template.setColorFill(BAR);
            template.rectangle(labelWidth, y + 2, length, CHART_ROW - 5);
            template.fill();
            template.beginText();
            template.setFontAndSize(regular, 8.5f);
            template.setColorFill(INK);
            template.setTextMatrix(labelWidth + length + 4, y + 4);
            template.showText(count(bar.value()));
            template.endText();
        }
        Image image = Image.getInstance(template);
        image.setAlt(title);
        image.setAlignment(Element.ALIGN_LEFT);
        image.setSpacingBefore(4);
        image.setSpacingAfter(6);
        return image;
    }

    /** Cuts a chart label to the width it has; the full label is in the table below the chart. */
    private String fit(String label, float width, float size) {
        String text = label == null ? "" : label;
        if (regular.getWidthPoint(text, size) <= width) {
            return text;
        }
        while (!text.isEmpty() && regular.getWidthPoint(text + "…", size) > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text + "…";
    }

    private PdfPTable table(float[] widths, String... headers) throws DocumentException {
        PdfPTable table = new PdfPTable(widths.length);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, new Font(bold, 8.5f, Font.NORMAL, INK)));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setBorderColor(RULE);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private void row(PdfPTable table, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            PdfPCell cell = new PdfPCell(fonts.phrase(printable(cells[i]), body));
            cell.setBorderColor(RULE);
            cell.setPadding(4);
            if (i > 0 && FIGURE.matcher(cells[i]).matches()) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
    }

    /** A part of the packet: starts a page, with a bookmark. */
    private void part(Document document, String title) throws DocumentException {
        document.newPage();
        document.add(heading(title, 1, new Font(bold, 16, Font.NORMAL, INK)));
    }

    /** A heading within a part, with a bookmark under the part's. */
    private void section(Document document, String title) throws DocumentException {
        Paragraph heading = heading(title, 2, new Font(bold, 12, Font.NORMAL, INK));
        heading.setSpacingBefore(12);
        heading.setKeepTogether(true);
        document.add(heading);
    }

    /** A heading's text, tagged so that the page event adds its bookmark where it lands. */
    private Paragraph heading(String title, int level, Font font) {
        Chunk chunk = new Chunk(title, font);
        chunk.setGenericTag(level + "\u0000" + title);
        return new Paragraph(chunk);
    }

    /** Whether a comment was written in another language than the packet's. */
    private boolean otherLanguage(ConsolidatedInput.DrillComment comment) {
        return comment.language() != null
                && !Locale.forLanguageTag(comment.language()).getLanguage().equals(locale.getLanguage());
    }

    /** A line saying who or what, then the words, kept on one page where they fit. */
    private Paragraph attributed(String who, String words, Font wordsFont) {
        Paragraph paragraph = new Paragraph(13.5f);
        paragraph.add(new Chunk(who + "\n", strong));
        paragraph.add(fonts.phrase(words, wordsFont));
        paragraph.setIndentationLeft(0);
        paragraph.setSpacingBefore(6);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    private void note(Document document, String text) throws DocumentException {
        document.add(new Paragraph(text, small));
    }

    private Paragraph bullet(String text) {
        Paragraph item = new Paragraph("• " + text, body);
        item.setIndentationLeft(12);
        item.setFirstLineIndent(-8);
        return item;
    }

    private String excerpt(String text) {
        String flat = text.strip();
        return printable(flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1).stripTrailing() + "…");
    }

    /**
     * The text as the packet's fonts can print it (PacketFonts: Liberation Sans for Latin, with Vietnamese, Greek and
     * Cyrillic; the deployment's font files for other scripts). A character none has becomes "?" and a note says so,
     * rather than vanishing without a trace; the CSV has the text as written.
     */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean missing = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (fonts.printable(c)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
                missing = true;
            }
            i += Character.charCount(c);
        }
        return missing ? out + " " + texts.get("packet.unprintable") : out.toString();
    }

    private String count(long n) {
        return numbers.format(n);
    }

    private String group(VoterGroup group) {
        return texts.get(group.translationKey());
    }

    /** Bookmarks where headings land, and each page's footer. */
    private final class Pages extends PdfPageEventHelper {

        private final Set<String> marked = new HashSet<>();
        private PdfOutline part;

        @Override
        public void onGenericTag(PdfWriter pdf, Document document, Rectangle where, String tag) {
            // A heading that wraps is reported once per line; it gets one bookmark.
            if (!marked.add(tag)) {
                return;
            }
            int split = tag.indexOf('\u0000');
            String title = tag.substring(split + 1);
            PdfDestination destination = new PdfDestination(PdfDestination.FITH, where.getTop() + 14);
            if (tag.startsWith("1") || part == null) {
                part = new PdfOutline(pdf.getRootOutline(), destination, title);
            } else {
                new PdfOutline(part, destination, title, false);
            }
        }

        @Override
        public void onEndPage(PdfWriter pdf, Document document) {
            Phrase footer = new Phrase(texts.get("packet.footer", content.district().name(), content.cycle().titleFor(locale),
                    pdf.getPageNumber()), small);
            ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_CENTER, footer,
                    (document.left() + document.right()) / 2, document.bottom() - 30, 0);
        }
    }
}
