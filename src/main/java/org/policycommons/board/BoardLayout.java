package org.policycommons.board;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.policycommons.board.BoardTables.Bar;
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
import org.policycommons.comment.Disposition;
import org.policycommons.comment.ModerationService;
import org.policycommons.comment.Stance;
import org.policycommons.rubric.Assessment;
import org.policycommons.rubric.Checklist;
import org.policycommons.vote.Results;
import org.policycommons.vote.VoterGroup;

/**
 * Turns a cycle's {@link ConsolidatedInput} into {@link BoardTables} in one language: the only place where the
 * board's figures become rows and cells, and where a hidden group's figures become the words for "not shown".
 */
final class BoardLayout {

    /** The texts of one language. */
    interface Texts {
        String get(String key, Object... args);
    }

    /** What the tables count beside the consolidated input: the district's responses, and moderation. */
    record Beside(Map<Long, String> priorityTitles, long responses, long removedNow,
                  List<ModerationService.LogLine> moderation, List<Assessment> selfAssessment) {
    }

    private final Texts texts;
    private final Locale locale;
    private final NumberFormat numbers;

    BoardLayout(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
        this.numbers = NumberFormat.getIntegerInstance(locale);
    }

    BoardTables tables(ConsolidatedInput input, Beside beside) {
        return new BoardTables(List.of(summary(input, beside), participation(input), votes(input.votes(), beside),
                comments(input), responses(input), changes(input), moderation(beside),
                selfAssessment(beside.selfAssessment())));
    }

    private Part summary(ConsolidatedInput input, Beside beside) {
        long people = input.participation().stream().filter(p -> !p.suppressed()).mapToLong(p -> p.participants()).sum();
        long hiddenGroups = input.participation().stream().filter(ConsolidatedInput.Participation::suppressed).count();
        long comments = input.sections().stream().mapToLong(ConsolidatedInput.SectionComments::total).sum();
        long unanswered = input.unanswered().stream().mapToLong(ConsolidatedInput.Unanswered::comments).sum();
        // The comment figures count the groups whose comments are shown, like every comment figure (decision 034).
        int commentsHidden = input.hidden().size();
        List<Row> rows = List.of(
                row(texts.get("packet.summary.people"), shown(people, hiddenGroups)),
                row(texts.get("packet.summary.comments"), shown(comments, commentsHidden)),
                row(texts.get("packet.summary.voters"), input.votes().overallSuppressed()
                        ? fewerThanFive() : count(input.votes().voters())),
                row(texts.get("packet.summary.responses"), count(beside.responses())),
                row(texts.get("packet.summary.unanswered"), shown(unanswered, commentsHidden)),
                row(texts.get("packet.summary.removed"), count(beside.removedNow())));
        return new Part("summary", texts.get("packet.summary"), List.of(new Table("summary", texts.get("packet.summary"),
                List.of(texts.get("packet.summary.figure"), texts.get("packet.summary.value")), rows)));
    }

    private Part participation(ConsolidatedInput input) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(chart(texts.get("board.chart.participation"), input.participation().stream()
                .filter(p -> !p.suppressed()).map(p -> bar(group(p.group()), p.participants())).toList(),
                "participation"));
        List<Row> rows = new ArrayList<>();
        for (ConsolidatedInput.Participation p : input.participation()) {
            if (p.suppressed()) {
                rows.add(row(group(p.group()), notShown(), notShown(), notShown(), notShown()));
            } else {
                rows.add(row(group(p.group()), count(p.participants()), count(p.comments()), count(p.ballots()),
                        p.rateOfEnrolment() == null ? Cell.words("—")
                                : Cell.words(String.format(locale, "%.2f %%", p.rateOfEnrolment() * 100))));
            }
        }
        blocks.add(new Table("participation", texts.get("board.participation"), List.of(
                texts.get("results.column.group"), texts.get("board.column.people"), texts.get("board.column.comments"),
                texts.get("board.column.ballots"), texts.get("board.column.rate")), rows));
        blocks.add(new Note(texts.get("packet.participation.enrolment", format(input.enrolment()))));
        return new Part("participation", texts.get("board.participation"), blocks);
    }

    private Part votes(Results results, Beside beside) {
        String heading = texts.get("results.title");
        Map<Long, String> titles = beside.priorityTitles();
        List<Block> blocks = new ArrayList<>();
        if (results.voters() == 0) {
            blocks.add(new Text(texts.get("packet.votes.none")));
        } else if (results.overallSuppressed()) {
            blocks.add(new Text(texts.get("results.suppressed", VoterGroup.SMALLEST_SHOWN)));
        } else {
            blocks.add(chart(texts.get("packet.chart.points"), results.overall().stream()
                    .map(l -> bar(titles.get(l.priorityId()), l.points())).toList(), "votes-overall"));
        }
        blocks.add(new Table("votes-overall", heading, voteHeaders(), voteRows(results.overall(), titles),
                results.overallSuppressed() ? texts.get("board.votes.empty-small", VoterGroup.SMALLEST_SHOWN) : null));
        if (results.voters() > 0 && !results.overallSuppressed()) {
            comparison(results, titles, blocks);
        }

        // Each group's own figures, as the vote CSV gives them: a hidden group says why it is hidden instead.
        blocks.add(new Heading(texts.get("board.votes.each-group")));
        for (VoterGroup g : VoterGroup.VOTING) {
            Results.Group figures = results.groups().get(g);
            String empty = figures.suppressed()
                    ? texts.get(figures.small() ? "board.votes.empty-small" : "board.votes.empty-protecting",
                    VoterGroup.SMALLEST_SHOWN)
                    : figures.voters() == 0 ? texts.get("board.votes.empty-none") : null;
            blocks.add(new Table("votes-group-" + g.code(), group(g), voteHeaders(),
                    empty == null ? voteRows(figures.lines(), titles) : List.of(), empty));
        }
        return new Part("votes", heading, blocks);
    }

    /** The shown groups side by side: each priority's rank and points in each, and where they differ most. */
    private void comparison(Results results, Map<Long, String> titles, List<Block> blocks) {
        // Only the groups shown that have voters get a column: a hidden group's column would be its figures.
        List<VoterGroup> groups = results.comparableGroups();
        List<String> headers = new ArrayList<>(List.of(texts.get("results.column.priority")));
        groups.forEach(g -> headers.add(group(g)));
        List<Row> ranks = new ArrayList<>();
        for (Results.Line line : results.overall()) {
            List<Cell> cells = new ArrayList<>();
            for (VoterGroup g : groups) {
                cells.add(results.groups().get(g).line(line.priorityId())
                        .map(l -> new Cell(texts.get("packet.votes.rank-points", l.rank(), format(l.points())),
                                l.points(), false))
                        .orElse(Cell.words("—")));
            }
            ranks.add(new Row("priority-" + line.priorityId(), titles.get(line.priorityId()), cells));
        }
        blocks.add(new Heading(texts.get("packet.votes.by-group")));
        blocks.add(new Table("votes-by-group", texts.get("packet.votes.by-group"), headers, ranks));
        List<String> hidden = VoterGroup.VOTING.stream().filter(g -> results.groups().get(g).suppressed())
                .map(g -> texts.get(results.groups().get(g).small() ? "board.votes.hidden-small"
                        : "board.votes.hidden-protecting", group(g), VoterGroup.SMALLEST_SHOWN)).toList();
        blocks.add(new Note(texts.get("packet.votes.rank-note")));
        if (!hidden.isEmpty()) {
            blocks.add(new Items(hidden));
        }

        blocks.add(new Heading(texts.get("results.divergence")));
        if (results.divergence().isEmpty()) {
            blocks.add(new Text(texts.get("results.no-divergence")));
        } else {
            blocks.add(new Items(results.divergence().stream().map(d -> texts.get("results.divergence-line",
                    titles.get(d.priorityId()), group(d.bestGroup()), d.bestRank(), group(d.worstGroup()),
                    d.worstRank())).toList()));
        }
    }

    private List<String> voteHeaders() {
        return List.of(texts.get("results.column.priority"), texts.get("results.column.rank"),
                texts.get("results.column.points"), texts.get("results.column.share"), texts.get("results.column.voters"));
    }

    /** A row per priority, in rank order, keyed by the priority: rank, points, share of all points, voters. */
    private List<Row> voteRows(List<Results.Line> lines, Map<Long, String> titles) {
        return lines.stream().map(line -> new Row("priority-" + line.priorityId(), titles.get(line.priorityId()),
                List.of(count(line.rank()), count(line.points()),
                        new Cell(String.format(locale, "%.1f %%", line.share() * 100), line.share(), false),
                        count(line.voters())))).toList();
    }

    private Part comments(ConsolidatedInput input) {
        String heading = texts.get("board.comments");
        // A hidden group's comments are in no figure and no list: a total would give its figures away.
        Note leftOut = new Note(texts.get("board.comments.hidden-note", input.hidden().size()));
        if (input.sections().isEmpty()) {
            return new Part("comments", heading, input.hidden().isEmpty()
                    ? List.of(new Text(texts.get("packet.comments.none")))
                    : List.of(new Text(texts.get("board.comments.none-shown")), leftOut));
        }
        String wholeDraft = texts.get("board.whole-draft");
        List<Block> blocks = new ArrayList<>();
        if (!input.hidden().isEmpty()) {
            blocks.add(leftOut);
        }
        blocks.add(chart(texts.get("packet.chart.sections"), input.sections().stream()
                .map(s -> bar(s.named(wholeDraft), s.total())).toList(), "sections"));
        blocks.add(new Table("sections", heading, List.of(texts.get("board.column.section"),
                texts.get("board.column.all")),
                input.sections().stream().map(s -> row(s.named(wholeDraft), count(s.total()))).toList()));
        blocks.add(new Note(texts.get("packet.comments.rule", PacketHtml.EXCERPT)));
        if (!input.commentsByLanguage().isEmpty()) {
            blocks.add(new Heading(texts.get("board.languages")));
            blocks.add(new Table("languages", texts.get("board.languages"), List.of(texts.get("board.column.language"),
                    texts.get("board.column.comments")), input.commentsByLanguage().entrySet().stream()
                    .map(e -> row(Locale.forLanguageTag(e.getKey()).getDisplayLanguage(locale),
                            e.getValue() == null ? fewerThanFive() : count(e.getValue()))).toList()));
        }
        // How the input reached the district: typed online, or entered by staff from a meeting, paper, a letter...
        blocks.add(new Heading(texts.get("board.channels")));
        blocks.add(new Table("channels", texts.get("board.channels"), List.of(texts.get("board.column.channel"),
                texts.get("board.column.comments")), input.commentsByChannel().entrySet().stream()
                .map(e -> row(texts.get(e.getKey().translationKey()),
                        e.getValue() == null ? fewerThanFive() : count(e.getValue()))).toList()));

        // Each section of a revised draft across its versions, and the comments of earlier versions that stand on text
        // changed since (docs/decisions/027).
        Map<Long, List<ConsolidatedInput.SectionAcross>> across = new LinkedHashMap<>();
        input.acrossVersions().forEach(row -> across.computeIfAbsent(row.draftId(), k -> new ArrayList<>()).add(row));
        across.forEach((draftId, rows) -> {
            List<String> headers = new ArrayList<>(List.of(texts.get("board.column.section")));
            rows.getFirst().byVersion().keySet().forEach(n -> headers.add(texts.get("board.column.version", n)));
            headers.add(texts.get("board.column.carried-changed"));
            String caption = texts.get("board.across.caption", rows.getFirst().draftTitle());
            blocks.add(new Heading(caption));
            blocks.add(new Table("across-" + draftId, caption, headers, rows.stream().map(row -> {
                List<Cell> cells = new ArrayList<>();
                row.byVersion().values().forEach(n -> cells.add(count(n)));
                cells.add(count(row.carriedOnChanged()));
                return new Row(row.number() == null ? texts.get("board.across.removed", row.heading()) : row.named(),
                        cells);
            }).toList()));
            blocks.add(new Note(texts.get("board.across.note")));
        });

        List<String> stanceHeaders = new ArrayList<>(List.of(texts.get("results.column.group")));
        Arrays.stream(Stance.values()).forEach(s -> stanceHeaders.add(texts.get(s.translationKey())));
        for (ConsolidatedInput.SectionComments section : input.sections()) {
            String caption = section.sectionId() == 0
                    ? texts.get("packet.comments.whole-draft", section.total())
                    : texts.get("packet.comments.section", section.number(), section.heading(), section.total());
            List<Row> rows = new ArrayList<>();
            for (VoterGroup g : VoterGroup.values()) {
                Map<Stance, Long> stances = section.byGroup().get(g);
                rows.add(new Row(group(g), Arrays.stream(Stance.values())
                        .map(s -> input.hidden().contains(g) ? notShown()
                                : count(stances == null ? 0 : stances.getOrDefault(s, 0L))).toList()));
            }
            blocks.add(new Heading(caption));
            blocks.add(new Table("section-" + section.sectionId(), caption, stanceHeaders, rows));
        }
        return new Part("comments", heading, blocks);
    }

    private Part responses(ConsolidatedInput input) {
        String heading = texts.get("board.responses");
        List<Block> blocks = new ArrayList<>();
        blocks.add(chart(heading, Arrays.stream(Disposition.values())
                .map(d -> bar(texts.get(d.translationKey()), input.responsesByDisposition().get(d))).toList(),
                "dispositions"));
        blocks.add(new Table("dispositions", heading, List.of(texts.get("response.form.disposition"),
                texts.get("board.column.responses")), Arrays.stream(Disposition.values())
                .map(d -> row(texts.get(d.translationKey()), count(input.responsesByDisposition().get(d)))).toList()));
        blocks.add(new Heading(texts.get("board.unanswered")));
        if (input.unanswered().isEmpty()) {
            blocks.add(new Text(texts.get("packet.unanswered.none")));
        } else {
            String wholeDraft = texts.get("board.whole-draft");
            blocks.add(new Table("unanswered", texts.get("board.unanswered"), List.of(texts.get("board.column.section"),
                    texts.get("board.column.comments")), input.unanswered().stream()
                    .map(u -> row(u.named(wholeDraft), count(u.comments()))).toList()));
        }
        return new Part("responses", heading, blocks);
    }

    private Part changes(ConsolidatedInput input) {
        String heading = texts.get("board.changes");
        List<Block> blocks = new ArrayList<>();
        if (input.changes().isEmpty()) {
            blocks.add(new Text(texts.get("board.changes.none")));
        }
        int n = 0;
        for (ConsolidatedInput.VersionChange change : input.changes()) {
            String caption = texts.get("board.changes.caption", change.draftTitle(), change.from(), change.to(),
                    change.changed(), change.added(), change.removed());
            blocks.add(new Heading(caption));
            blocks.add(new Table("changes-" + n++, caption, List.of(texts.get("board.column.section"),
                    texts.get("board.column.change"), texts.get("board.column.driven-by")),
                    change.sections().stream().map(section -> row(
                            section.toNumber() != null ? section.toNumber() + ". " + section.heading() : section.heading(),
                            Cell.words(texts.get("draft.redline." + section.change().toLowerCase(Locale.ROOT))),
                            Cell.words(section.responses().isEmpty() ? "—" : section.responses().entrySet().stream()
                                    .map(e -> texts.get("board.disposition-count", texts.get(e.getKey().translationKey()),
                                            e.getValue()))
                                    .collect(Collectors.joining(", "))))).toList()));
        }
        return new Part("changes", heading, blocks);
    }

    private Part moderation(Beside beside) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(texts.get("packet.moderation.removed-now", beside.removedNow())));
        if (beside.moderation().isEmpty()) {
            blocks.add(new Text(texts.get("moderation.log.empty")));
        } else {
            blocks.add(new Table("moderation", texts.get("packet.moderation"), List.of(texts.get("moderation.log.act"),
                    texts.get("moderation.log.reason"), texts.get("moderation.log.times")),
                    beside.moderation().stream().map(line -> row(
                            texts.get("moderation.log.act." + line.act().toLowerCase(Locale.ROOT)),
                            Cell.words(line.reason().textFor(locale)), count(line.times()))).toList()));
            blocks.add(new Note(texts.get("packet.moderation.note")));
        }
        return new Part("moderation", texts.get("packet.moderation"), blocks);
    }

    /** The cycle's SECURe self-assessment on each rubric: per action step its rating, evidence and checklists. */
    private Part selfAssessment(List<Assessment> assessments) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(texts.get("board.rubric.intro")));
        for (Assessment assessment : assessments) {
            String rubric = texts.get(assessment.rubric().translationKey());
            blocks.add(new Heading(rubric));
            blocks.add(new Table("rubric-" + assessment.rubric().code(), rubric, List.of(
                    texts.get("board.rubric.step"), texts.get("rubric.rating"), texts.get("rubric.evidence"),
                    texts.get("board.rubric.to-start"), texts.get("board.rubric.to-improve")),
                    assessment.steps().stream().map(step -> row(
                            step.step().number() + ". " + texts.get(step.step().translationKey()),
                            Cell.words(texts.get(step.rating().translationKey())),
                            Cell.words(step.evidence() == null ? "—" : step.evidence()),
                            checklist(step, Checklist.TO_START), checklist(step, Checklist.TO_IMPROVE))).toList()));
        }
        return new Part("self-assessment", texts.get("rubric.title"), blocks);
    }

    private Cell checklist(Assessment.StepAssessment step, Checklist checklist) {
        long items = step.count(checklist);
        return items == 0 ? Cell.words("—")
                : new Cell(texts.get("board.rubric.done-of", step.done(checklist), items), step.done(checklist), false);
    }

    // Building blocks

    private Chart chart(String title, List<Bar> bars, String tableKey) {
        String figures = bars.stream().map(b -> texts.get("board.chart.bar", b.label(), b.shown()))
                .collect(Collectors.joining("; "));
        return new Chart(title, texts.get("board.chart.alt", title, figures.isEmpty() ? "—" : figures), bars, tableKey);
    }

    private Bar bar(String label, Long value) {
        long n = value == null ? 0 : value;
        return new Bar(label, n, format(n));
    }

    private static Row row(String header, Cell... cells) {
        return new Row(header, List.of(cells));
    }

    private Cell count(Long n) {
        long value = n == null ? 0 : n;
        return new Cell(format(value), value, false);
    }

    private Cell count(long n) {
        return new Cell(format(n), n, false);
    }

    /** A count over the groups shown, saying how many groups it leaves out when it leaves any out. */
    private Cell shown(long n, long groupsNotShown) {
        return groupsNotShown == 0 ? count(n)
                : new Cell(texts.get("packet.summary.people-shown", format(n), groupsNotShown), n, false);
    }

    private Cell notShown() {
        return Cell.hidden(texts.get("results.not-shown"));
    }

    private Cell fewerThanFive() {
        return Cell.hidden(texts.get("results.fewer-than", VoterGroup.SMALLEST_SHOWN));
    }

    private String format(long n) {
        return numbers.format(n);
    }

    private String group(VoterGroup group) {
        return texts.get(group.translationKey());
    }
}
