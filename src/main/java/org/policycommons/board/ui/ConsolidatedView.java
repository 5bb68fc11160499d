package org.policycommons.board.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.policycommons.board.ConsolidatedInput;
import org.policycommons.board.ConsolidatedInputService;
import org.policycommons.board.BoardPacket;
import org.policycommons.board.PublishedPackets;
import org.policycommons.board.CsvExports;
import org.policycommons.comment.Disposition;
import org.policycommons.comment.Stance;
import org.policycommons.cycle.Cycle;
import org.policycommons.cycle.CycleService;
import org.policycommons.draft.Draft;
import org.policycommons.draft.DraftService;
import org.policycommons.identity.Roles;
import org.policycommons.shell.ui.BarChart;
import org.policycommons.shell.ui.DistrictLayout;
import org.policycommons.shell.ui.PlainTable;
import org.policycommons.vote.Results;
import org.policycommons.vote.VoterGroup;

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
    private final org.policycommons.vote.PriorityService priorities;
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
                     org.policycommons.vote.PriorityService priorities, PublishedPackets publishedPackets) {
        this.publishedPackets = publishedPackets;
        this.packet = packet;
        this.priorities = priorities;
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

    private void render() {
        if (cycle.isEmpty()) {
            return;
        }
        ConsolidatedInput input = board.consolidated(cycle.get().id(), Optional.ofNullable(version.getValue()),
                Optional.ofNullable(group.getValue()));
        Locale locale = getLocale();
        figures.removeAll();
        figures.add(new H2(getTranslation("board.participation")), BarChart.of("chart-participation",
                getTranslation("board.chart.participation"), input.participation().stream()
                        .filter(p -> !p.suppressed())
                        .map(p -> new BarChart.Bar(getTranslation(p.group().translationKey()), p.participants()))
                        .toList()), participation(input, locale));
        figures.add(new H2(getTranslation("board.votes")));
        votes(input, locale);
        figures.add(new H2(getTranslation("board.comments")), BarChart.of("chart-sections",
                getTranslation("board.chart.sections"), input.sections().stream()
                        .map(s -> new BarChart.Bar(s.named(getTranslation("board.whole-draft")), s.total())).toList()),
                comments(input),
                new DrillDown(board, cycle.get().id(), input.sections(),
                        !input.hidden().isEmpty(), zone),
                new H3(getTranslation("board.languages")), languages(input, locale),
                new H3(getTranslation("board.channels")), channels(input, locale));
        figures.add(new H2(getTranslation("board.responses")), BarChart.of("chart-responses",
                getTranslation("board.responses"), java.util.Arrays.stream(Disposition.values())
                        .map(d -> new BarChart.Bar(getTranslation(d.translationKey()), input.responsesByDisposition().get(d)))
                        .toList()), responses(input));
        if (!input.acrossVersions().isEmpty()) {
            figures.add(new H2(getTranslation("board.across")), acrossVersions(input, locale));
        }
        figures.add(new H2(getTranslation("board.unanswered")), unanswered(input));
        figures.add(new H2(getTranslation("board.changes")), changes(input));
    }

    /**
     * The vote as the board reads it: points per priority, overall, then each shown group's rank side by side, and
     * where the groups differ most. Suppressed as on the results page.
     */
    private void votes(ConsolidatedInput input, Locale locale) {
        Results results = input.votes();
        // The vote module's results page (vote.ui.ResultsView).
        Paragraph link = new Paragraph(new Anchor("d/" + slug + "/vote-results/" + cycle.get().id(),
                getTranslation("board.votes.link")));
        if (results.voters() == 0) {
            figures.add(new Paragraph(getTranslation("packet.votes.none")));
            return;
        }
        if (results.overallSuppressed()) {
            figures.add(new Paragraph(getTranslation("results.suppressed", VoterGroup.SMALLEST_SHOWN)));
            return;
        }
        Map<Long, String> titles = priorities.titlesFor(cycle.get().id(), locale);
        figures.add(BarChart.of("chart-points", getTranslation("packet.chart.points"), results.overall().stream()
                .map(l -> new BarChart.Bar(titles.get(l.priorityId()), l.points())).toList()));
        PlainTable overall = new PlainTable("board-votes", getTranslation("results.overall"), List.of(
                getTranslation("results.column.rank"), getTranslation("results.column.priority"),
                getTranslation("results.column.points"), getTranslation("results.column.share"),
                getTranslation("results.column.voters")));
        for (Results.Line line : results.overall()) {
            overall.row(String.valueOf(line.rank()), titles.get(line.priorityId()), String.valueOf(line.points()),
                    String.format(locale, "%.1f %%", line.share() * 100), String.valueOf(line.voters()));
        }
        figures.add(overall.component());
        List<VoterGroup> shown = results.comparableGroups();
        List<String> headers = new ArrayList<>(List.of(getTranslation("results.column.priority")));
        shown.forEach(g -> headers.add(getTranslation(g.translationKey())));
        PlainTable ranks = new PlainTable("board-vote-ranks", getTranslation("board.votes.agreement"), headers);
        for (Results.Line line : results.overall()) {
            List<String> cells = new ArrayList<>(List.of(titles.get(line.priorityId())));
            for (VoterGroup g : shown) {
                cells.add(results.groups().get(g).line(line.priorityId())
                        .map(l -> getTranslation("packet.votes.rank-points", l.rank(), l.points())).orElse("—"));
            }
            ranks.row(cells.toArray(String[]::new));
        }
        figures.add(ranks.component(), new Paragraph(getTranslation("packet.votes.rank-note")));
        UnorderedList gaps = new UnorderedList();
        gaps.setId("board-divergence");
        for (Results.Divergence d : results.divergence()) {
            gaps.add(new ListItem(getTranslation("results.divergence-line", titles.get(d.priorityId()),
                    getTranslation(d.bestGroup().translationKey()), d.bestRank(),
                    getTranslation(d.worstGroup().translationKey()), d.worstRank())));
        }
        if (results.divergence().isEmpty()) {
            gaps.add(new ListItem(getTranslation("results.no-divergence")));
        }
        figures.add(new H3(getTranslation("results.divergence")), gaps, link);
    }

    private Div participation(ConsolidatedInput input, Locale locale) {
        PlainTable table = new PlainTable("board-participation", getTranslation("board.participation"), List.of(
                getTranslation("results.column.group"), getTranslation("board.column.people"),
                getTranslation("board.column.comments"), getTranslation("board.column.ballots"),
                getTranslation("board.column.rate")));
        for (ConsolidatedInput.Participation p : input.participation()) {
            String name = getTranslation(p.group().translationKey());
            if (p.suppressed()) {
                String hidden = getTranslation("results.not-shown");
                table.row(name, hidden, hidden, hidden, hidden);
            } else {
                table.row(name, String.valueOf(p.participants()), String.valueOf(p.comments()), String.valueOf(p.ballots()),
                        p.rateOfEnrolment() == null ? "—" : String.format(locale, "%.2f %%", p.rateOfEnrolment() * 100));
            }
        }
        return table.component();
    }

    private Div comments(ConsolidatedInput input) {
        List<String> headers = new ArrayList<>(List.of(getTranslation("board.column.section"), getTranslation("board.column.all")));
        List<VoterGroup> groups = List.of(VoterGroup.values());
        for (VoterGroup g : groups) {
            for (Stance s : Stance.values()) {
                headers.add(getTranslation(g.translationKey()) + ": " + getTranslation(s.translationKey()));
            }
        }
        PlainTable table = new PlainTable("board-comments", getTranslation("board.comments"), headers);
        for (ConsolidatedInput.SectionComments section : input.sections()) {
            List<String> cells = new ArrayList<>(List.of(section.named(getTranslation("board.whole-draft")),
                    String.valueOf(section.total())));
            for (VoterGroup g : groups) {
                Map<Stance, Long> stances = section.byGroup().get(g);
                boolean hidden = input.hidden().contains(g);
                for (Stance s : Stance.values()) {
                    cells.add(hidden ? "—" : String.valueOf(stances == null ? 0 : stances.getOrDefault(s, 0L)));
                }
            }
            table.row(cells.toArray(String[]::new));
        }
        return table.component();
    }

    /** The shown comments by the language they were written in; a language with few is said as such. */
    private Div languages(ConsolidatedInput input, Locale locale) {
        PlainTable table = new PlainTable("board-languages", getTranslation("board.languages"),
                List.of(getTranslation("board.column.language"), getTranslation("board.column.comments")));
        input.commentsByLanguage().forEach((language, n) -> table.row(
                Locale.forLanguageTag(language).getDisplayLanguage(locale),
                n == null ? getTranslation("results.fewer-than", VoterGroup.SMALLEST_SHOWN) : String.valueOf(n)));
        return table.component();
    }

    private Div responses(ConsolidatedInput input) {
        PlainTable table = new PlainTable("board-responses", getTranslation("board.responses"),
                List.of(getTranslation("response.form.disposition"), getTranslation("board.column.responses")));
        for (Disposition d : Disposition.values()) {
            table.row(getTranslation(d.translationKey()), String.valueOf(input.responsesByDisposition().get(d)));
        }
        return table.component();
    }

    private Div changes(ConsolidatedInput input) {
        Div all = new Div();
        all.setId("board-changes");
        if (input.changes().isEmpty()) {
            all.add(new Paragraph(getTranslation("board.changes.none")));
        }
        for (ConsolidatedInput.VersionChange change : input.changes()) {
            String caption = getTranslation("board.changes.caption", change.draftTitle(), change.from(), change.to(),
                    change.changed(), change.added(), change.removed());
            PlainTable table = new PlainTable("board-changes-" + change.from() + "-" + change.to(), caption, List.of(
                    getTranslation("board.column.section"), getTranslation("board.column.change"),
                    getTranslation("board.column.driven-by")));
            for (ConsolidatedInput.SectionChange section : change.sections()) {
                String where = section.toNumber() != null ? section.toNumber() + ". " + section.heading()
                        : section.heading();
                String behind = section.responses().isEmpty() ? "—" : section.responses().entrySet().stream()
                        .map(e -> getTranslation("board.disposition-count", getTranslation(e.getKey().translationKey()),
                                e.getValue()))
                        .collect(java.util.stream.Collectors.joining(", "));
                table.row(where, getTranslation("draft.redline." + section.change().toLowerCase()), behind);
            }
            all.add(table.component());
        }
        return all;
    }

    /** The shown comments by how they reached the district: typed online, or entered by staff from outside. */
    private Div channels(ConsolidatedInput input, Locale locale) {
        PlainTable table = new PlainTable("board-channels", getTranslation("board.channels"),
                List.of(getTranslation("board.column.channel"), getTranslation("board.column.comments")));
        input.commentsByChannel().forEach((channel, n) -> table.row(getTranslation(channel.translationKey()),
                n == null ? getTranslation("results.fewer-than", VoterGroup.SMALLEST_SHOWN)
                        : NumberFormat.getIntegerInstance(locale).format(n)));
        return table.component();
    }

    /**
     * Each section of each revised draft across its published versions: its comments on each version and the
     * comments of earlier versions that stand on text changed since (docs/decisions/027).
     */
    private Div acrossVersions(ConsolidatedInput input, Locale locale) {
        Div all = new Div();
        all.setId("board-across-versions");
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        Map<Long, List<ConsolidatedInput.SectionAcross>> byDraft = new LinkedHashMap<>();
        input.acrossVersions().forEach(row -> byDraft.computeIfAbsent(row.draftId(), k -> new ArrayList<>()).add(row));
        byDraft.forEach((draftId, rows) -> {
            List<String> headers = new ArrayList<>(List.of(getTranslation("board.column.section")));
            rows.getFirst().byVersion().keySet().forEach(n -> headers.add(getTranslation("board.column.version", n)));
            headers.add(getTranslation("board.column.carried-changed"));
            PlainTable table = new PlainTable("board-across-" + draftId,
                    getTranslation("board.across.caption", rows.getFirst().draftTitle()), headers);
            for (ConsolidatedInput.SectionAcross row : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(row.number() == null ? getTranslation("board.across.removed", row.heading()) : row.named());
                row.byVersion().values().forEach(n -> cells.add(numbers.format(n)));
                cells.add(numbers.format(row.carriedOnChanged()));
                table.row(cells.toArray(String[]::new));
            }
            all.add(table.component());
        });
        all.add(new Paragraph(getTranslation("board.across.note")));
        return all;
    }

    private Div unanswered(ConsolidatedInput input) {
        PlainTable table = new PlainTable("board-unanswered", getTranslation("board.unanswered"),
                List.of(getTranslation("board.column.section"), getTranslation("board.column.comments")));
        input.unanswered().forEach(u -> table.row(u.named(getTranslation("board.whole-draft")),
                String.valueOf(u.comments())));
        return table.component();
    }
}
