package org.policycommons.board.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.board.ConsolidatedInput;
import org.policycommons.board.ConsolidatedInputService;
import org.policycommons.board.BoardPacket;
import org.policycommons.board.BoardTables;
import org.policycommons.board.PublishedPackets;
import org.policycommons.board.CsvExports;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.Roles;
import org.policycommons.shell.ui.BarChart;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.PlainTable;
import org.policycommons.vote.VoterGroup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The consolidated input of a cycle, for board members and district admins: participation, comments per section by
 * group and stance, responses and what is still unanswered, each as a captioned table, filtered by version and group.
 */
@Route(value = "d/:" + DistrictLayout.DISTRICT_PARAMETER + "/" + ConsolidatedView.PATH + "/:cycle?", layout = DistrictLayout.class)
@RolesAllowed({Roles.BOARD, Roles.DISTRICT_ADMIN})
class ConsolidatedView extends Composite<Div> implements BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver,
        HasDynamicTitle {

    static final String PATH = "consolidated";

    private final ConsolidatedInputService board;
    private final CsvExports exports;
    private final BoardPacket packet;
    private final PublishedPackets publishedPackets;
    private final CycleService cycles;
    private final DraftService drafts;
    private final org.policycommons.district.DistrictDirectory districts;
    private final Select<Integer> version = new Select<>();
    private final Select<VoterGroup> group = new Select<>();
    private final Div figures = new Div();
    private Optional<Cycle> cycle = Optional.empty();
    private java.time.ZoneId zone = java.time.ZoneId.of("UTC");
    private String slug = "";
    private Optional<Long> builtFor;
    private boolean quiet;

    ConsolidatedView(ConsolidatedInputService board, CsvExports exports, BoardPacket packet, CycleService cycles,
                     DraftService drafts, org.policycommons.district.DistrictDirectory districts,
                     PublishedPackets publishedPackets) {
        this.publishedPackets = publishedPackets;
        this.packet = packet;
        this.districts = districts;
        this.board = board;
        this.exports = exports;
        this.cycles = cycles;
        this.drafts = drafts;
        getContent().setId("consolidated-page");
        getContent().addClassName("draft-page");
        version.setId("filter-version");
        version.setEmptySelectionAllowed(true);
        version.addValueChangeListener(e -> {
            if (!quiet) {
                render();
            }
        });
        group.setId("filter-group");
        group.setItems(VoterGroup.values());
        group.setEmptySelectionAllowed(true);
        group.addValueChangeListener(e -> {
            if (!quiet) {
                render();
            }
        });
        figures.setId("consolidated-figures");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cycle = cycles.namedOrCurrent(event.getRouteParameters().get("cycle"));
        event.getRouteParameters().get(DistrictLayout.DISTRICT_PARAMETER).flatMap(districts::bySlug)
                .ifPresent(d -> {
                    zone = d.timeZone();
                    slug = d.slug();
                });
        int latest = cycle.map(c -> drafts.draftsOf(c.id()).stream()
                .mapToInt(d -> d.latestPublished().map(Draft.VersionSummary::number).orElse(0)).max().orElse(0)).orElse(0);
        // New choices for this cycle, without computing the page for the old filters on the way.
        quiet = true;
        version.setItems(java.util.stream.IntStream.rangeClosed(1, latest).boxed().toList());
        group.clear();
        quiet = false;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        build();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Another cycle picked on this page: the same view, shown again for it.
        if (builtFor != null && !builtFor.equals(cycle.map(Cycle::id))) {
            build();
        }
    }

    private void build() {
        builtFor = cycle.map(Cycle::id);
        Div content = getContent();
        content.removeAll();
        content.add(new H1(getTranslation("board.title")));
        if (cycle.isEmpty()) {
            content.add(new Paragraph(getTranslation("home.review-none")));
            return;
        }
        version.setLabel(getTranslation("board.filter.version"));
        version.setEmptySelectionCaption(getTranslation("board.filter.all-versions"));
        version.setItemLabelGenerator(n -> n == null ? getTranslation("board.filter.all-versions")
                : getTranslation("draft.redline.version", n));
        group.setLabel(getTranslation("board.filter.group"));
        group.setEmptySelectionCaption(getTranslation("board.filter.all-groups"));
        group.setItemLabelGenerator(g -> g == null ? getTranslation("board.filter.all-groups") : getTranslation(g.translationKey()));
        Div filters = new Div(version, group);
        filters.addClassName("phase-dates");
        long cycleId = cycle.get().id();
        Anchor commentsCsv = new Anchor(csv("comments-" + cycleId + ".csv", out -> exports.comments(cycleId, out)),
                getTranslation("board.export.comments"));
        commentsCsv.setId("export-comments");
        Anchor votesCsv = new Anchor(csv("vote-results-" + cycleId + ".csv", out -> exports.votes(cycleId, out)),
                getTranslation("board.export.votes"));
        votesCsv.setId("export-votes");
        Div downloads = new Div();
        for (Locale language : packet.languages()) {
            String tag = language.getLanguage();
            Anchor packetIn = new Anchor(pdf("board-packet-" + cycleId + "-" + tag + ".pdf", cycleId, language),
                    getTranslation("board.export.packet-in", language.getDisplayLanguage(language)));
            packetIn.setId("export-packet-" + tag);
            packetIn.getElement().setAttribute("hreflang", tag);
            downloads.add(new Paragraph(packetIn));
        }
        downloads.add(new Paragraph(commentsCsv), new Paragraph(votesCsv));
        Select<Cycle> which = new Select<>();
        which.setId("board-cycle");
        which.setLabel(getTranslation("board.filter.cycle"));
        which.setItems(cycles.history());
        which.setItemLabelGenerator(Cycle::title);
        which.setValue(which.getListDataView().getItems().filter(c -> c.id() == cycleId).findFirst().orElse(null));
        which.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("d/" + slug + "/" + PATH + "/" + e.getValue().id()));
            }
        });
        content.add(which, new Paragraph(getTranslation("board.intro", cycle.get().titleFor(getLocale()))), downloads);
        if (org.policycommons.identity.CurrentUser.get()
                .filter(u -> u.hasRole(org.policycommons.identity.PortalRole.DISTRICT_ADMIN)).isPresent()) {
            content.add(new PacketPublishing(publishedPackets, cycleId, slug, zone));
        }
        content.add(filters, figures);
        render();
    }

    /** A CSV written straight to the response as it is read: nothing is held in memory. */
    private static DownloadHandler csv(String fileName, java.util.function.Consumer<java.io.Writer> write) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            try (java.io.Writer out = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(event.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                write.accept(out);
            }
        };
    }

    /** The board packet, laid out in full before the first byte is sent (it is small: aggregates and excerpts). */
    private DownloadHandler pdf(String fileName, long cycleId, Locale language) {
        return event -> {
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            packet.write(cycleId, language, buffer);
            event.setFileName(fileName);
            event.setContentType("application/pdf");
            event.setContentLength(buffer.size());
            try (java.io.OutputStream out = event.getOutputStream()) {
                buffer.writeTo(out);
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title");
    }

    /**
     * The figures as the board model lays them out (BoardTables, the same tables the packet prints and the vote CSV
     * draws): each part under its heading, each chart an SVG right above the table of the same figures. The comments'
     * drill-down follows the comments per section; the vote links to the vote's own results page.
     */
    private void render() {
        if (cycle.isEmpty()) {
            return;
        }
        long cycleId = cycle.get().id();
        BoardPacket.Figures drawn = packet.figures(cycleId, Optional.ofNullable(version.getValue()),
                Optional.ofNullable(group.getValue()), getLocale());
        ConsolidatedInput input = drawn.input();
        figures.removeAll();
        for (BoardTables.Part part : drawn.tables().parts()) {
            Div shown = new Div(new H2(part.heading()));
            shown.setId("board-" + part.key());
            for (BoardTables.Block block : part.blocks()) {
                shown.add(block(block));
                if (block instanceof BoardTables.Table table && table.key().equals("sections")) {
                    shown.add(new DrillDown(board, cycleId, input.sections(), !input.hidden().isEmpty(), zone));
                }
            }
            if (part.key().equals("votes")) {
                // The vote module's results page (vote.ui.ResultsView).
                shown.add(new Paragraph(new Anchor("d/" + slug + "/vote-results/" + cycleId,
                        getTranslation("board.votes.link"))));
            }
            figures.add(shown);
        }
    }

    private Component block(BoardTables.Block block) {
        return switch (block) {
            case BoardTables.Heading h -> new H3(h.text());
            case BoardTables.Text t -> new Paragraph(t.text());
            case BoardTables.Note n -> {
                Paragraph note = new Paragraph(n.text());
                note.addClassName("note");
                yield note;
            }
            case BoardTables.Items items -> {
                UnorderedList list = new UnorderedList();
                items.items().forEach(item -> list.add(new ListItem(item)));
                yield list;
            }
            case BoardTables.Chart chart -> BarChart.of("chart-" + chart.tableKey(), chart.title(), chart.bars().stream()
                    .map(b -> new BarChart.Bar(b.label(), b.value())).toList());
            case BoardTables.Table table -> {
                if (table.rows().isEmpty() && table.empty() != null) {
                    yield new Paragraph(getTranslation("board.table.empty", table.caption(), table.empty()));
                }
                PlainTable plain = new PlainTable("table-" + table.key(), table.caption(), table.headers());
                for (BoardTables.Row row : table.rows()) {
                    plain.headedRow(row.header(), row.cells().stream().map(BoardTables.Cell::text).toList());
                }
                yield plain.component();
            }
        };
    }
}
