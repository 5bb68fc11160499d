package org.policycommons.comment;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.policycommons.audit.AuditLog;
import org.policycommons.common.RuleViolation;
import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.draft.DraftService;
import org.policycommons.draft.DraftVersion;
import org.policycommons.draft.Section;
import org.policycommons.identity.Roles;
import org.policycommons.vote.VoterGroup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A batch of input received outside the portal from a CSV file, e.g. a stack of paper forms typed into a spreadsheet
 * (docs/decisions/025). Every row is checked first, by the same rules as one item entered on the page; the report
 * names each refused row, its column and why. Nothing is imported until every row passes, unless the admin chooses
 * to import the valid rows alone. The file is UTF-8 (a byte-order mark is fine), its first line the column names of
 * {@link #COLUMNS} in any order; {@link #template} gives one to fill in.
 */
@Service
@Transactional(readOnly = true)
public class IntakeImport {

    /** The columns, in the template's order; {@code name} may be left out. */
    public static final List<String> COLUMNS = List.of("channel", "received_on", "group", "name", "sections", "stance",
            "text", "text_kind", "language");
    static final Set<String> REQUIRED = Set.of("channel", "received_on", "group", "sections", "stance", "text",
            "text_kind", "language");
    /** A spreadsheet of typed-in forms, not a data dump: larger batches are split. */
    public static final int ROWS_MAX = 2000;
    public static final int BYTES_MAX = 2 * 1024 * 1024;
    /** The word for the draft as a whole in the {@code sections} column. */
    static final String WHOLE_DRAFT = "whole";
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

    private final IntakeService intake;
    private final DraftService drafts;
    private final AuditLog audit;

    IntakeImport(IntakeService intake, DraftService drafts, AuditLog audit) {
        this.intake = intake;
        this.drafts = drafts;
        this.audit = audit;
    }

    /**
     * One refused row, or the file itself (row 0).
     *
     * @param row    the row as a spreadsheet numbers it (the column names are row 1); 0 for the file as a whole
     * @param column the column at fault, or null
     */
    public record Problem(int row, String column, String messageKey, List<Object> arguments) {
    }

    /** What a check found: how many rows the file has, and each refusal, in file order. */
    public record Report(int rows, List<Problem> problems) {

        /** How many rows would be imported if only the valid ones were. */
        public int validRows() {
            return rows - (int) problems.stream().filter(p -> p.row() > 1).map(Problem::row).distinct().count();
        }

        /** Whether the file itself was refused, so no row can be imported. */
        public boolean fileRefused() {
            return problems.stream().anyMatch(p -> p.row() <= 1);
        }
    }

    /** Checks every row of a file against a published version of a draft, writing nothing. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    public Report check(long draftId, int versionNumber, byte[] file) {
        return read(draftId, versionNumber, file).report();
    }

    /**
     * Imports a file: every row if all pass, or, with {@code validRowsOnly}, the rows that pass. Refused whole when
     * the file itself is refused, or when a row is refused and the admin did not choose the valid rows alone. Each
     * item is audited as entered, and the batch once. Returns how many items it entered.
     */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    @Transactional
    public int importRows(long draftId, int versionNumber, byte[] file, boolean validRowsOnly) {
        Read read = read(draftId, versionNumber, file);
        Report report = read.report();
        if (report.fileRefused()) {
            Problem first = report.problems().getFirst();
            throw new CycleRuleViolation(first.messageKey(), first.arguments().toArray());
        }
        if (!report.problems().isEmpty() && !validRowsOnly) {
            throw new CycleRuleViolation("intake.import.error.rows-refused",
                    report.rows() - report.validRows(), report.rows());
        }
        if (read.valid().isEmpty()) {
            throw new CycleRuleViolation("intake.import.error.nothing-valid");
        }
        read.valid().forEach(item -> intake.enter(draftId, versionNumber, item));
        Optional<Long> cycle = drafts.draft(draftId).map(org.policycommons.draft.Draft::cycleId);
        audit.record("intake.imported", cycle.orElse(null), null, Map.of("draft", draftId, "version", versionNumber,
                "rows", report.rows(), "imported", read.valid().size(), "refused", report.rows() - read.valid().size()));
        return read.valid().size();
    }

    /** A file to fill in: the column names and two example rows for this version's sections. */
    @PreAuthorize("hasRole('" + Roles.DISTRICT_ADMIN + "')")
    public String template(long draftId, int versionNumber) {
        DraftVersion version = drafts.version(draftId, versionNumber).filter(DraftVersion::published)
                .orElseThrow(() -> new CycleRuleViolation("intake.error.version"));
        String first = version.sections().isEmpty() ? WHOLE_DRAFT : String.valueOf(version.sections().getFirst().number());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(COLUMNS);
            csv.printRecord("paper_form", LocalDate.now().toString(), "family", "", first, "concern",
                    "The words on the form, as written.", "as_written", intake.languages().getFirst().getLanguage());
            csv.printRecord("board_meeting", LocalDate.now().toString(), "not_stated", "", WHOLE_DRAFT, "question",
                    "A summary of what the speaker said.", "summary", intake.languages().getFirst().getLanguage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + out;
    }

    /** The rows that passed, as items, and the report. */
    private record Read(Report report, List<IntakeService.NewItem> valid) {
    }

    private Read read(long draftId, int versionNumber, byte[] file) {
        DraftVersion version = drafts.version(draftId, versionNumber).filter(DraftVersion::published)
                .orElseThrow(() -> new CycleRuleViolation("intake.error.version"));
        if (file == null || file.length == 0) {
            return refused("intake.import.error.empty");
        }
        if (file.length > BYTES_MAX) {
            return refused("intake.import.error.too-big", BYTES_MAX / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            return refused("intake.import.error.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        List<CSVRecord> records;
        Map<String, Integer> header;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            header = parser.getHeaderMap();
            records = parser.getRecords();
        } catch (IllegalArgumentException | IllegalStateException | IOException | UncheckedIOException malformed) {
            return refused("intake.import.error.malformed");
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> columns = new HashMap<>();
        for (String name : header.keySet()) {
            String column = name.strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                problems.add(new Problem(1, name, "intake.import.error.unknown-column", List.of(name,
                        String.join(", ", COLUMNS))));
            } else {
                columns.put(column, name);
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new Problem(1, required, "intake.import.error.missing-column", List.of(required)));
            }
        }
        if (!problems.isEmpty()) {
            return new Read(new Report(0, problems), List.of());
        }
        if (records.isEmpty()) {
            return refused("intake.import.error.no-rows");
        }
        if (records.size() > ROWS_MAX) {
            return refused("intake.import.error.too-many-rows", ROWS_MAX);
        }
        Map<Integer, Long> sectionIds = version.sections().stream()
                .collect(Collectors.toMap(Section::number, Section::id, (a, b) -> a));
        List<IntakeService.NewItem> valid = new ArrayList<>();
        int row = 1;
        for (CSVRecord record : records) {
            // The row as a spreadsheet numbers it: the column names are row 1.
            row++;
            List<Problem> rowProblems = new ArrayList<>();
            Row values = new Row(record, columns, row, rowProblems);
            IntakeService.NewItem item = values.item(sectionIds);
            if (rowProblems.isEmpty()) {
                try {
                    intake.prepare(draftId, versionNumber, item);
                    valid.add(item);
                } catch (RuleViolation refused) {
                    rowProblems.add(new Problem(row, columnOf(refused.messageKey()), refused.messageKey(),
                            Arrays.asList(refused.arguments())));
                }
            }
            problems.addAll(rowProblems);
        }
        return new Read(new Report(records.size(), problems), valid);
    }

    private static Read refused(String key, Object... arguments) {
        return new Read(new Report(0, List.of(new Problem(0, null, key, List.of(arguments)))), List.of());
    }

    /** Which column a refusal of the item's rules is about. */
    private static String columnOf(String key) {
        return switch (key) {
            case "intake.error.channel" -> "channel";
            case "intake.error.date-required", "intake.error.date-future", "intake.error.date-outside-cycle" ->
                    "received_on";
            case "intake.error.sections-required", "intake.error.section-elsewhere", "intake.error.whole-or-sections" ->
                    "sections";
            case "comment.error.stance-required" -> "stance";
            case "intake.error.text-required", "comment.error.body-too-long" -> "text";
            case "intake.error.kind-required" -> "text_kind";
            case "intake.error.language" -> "language";
            case "intake.error.name-too-long" -> "name";
            default -> null;
        };
    }

    /** One row's cells read into an item; each cell that cannot be read adds a problem naming its column. */
    private static final class Row {

        private final CSVRecord record;
        private final Map<String, String> columns;
        private final int row;
        private final List<Problem> problems;

        Row(CSVRecord record, Map<String, String> columns, int row, List<Problem> problems) {
            this.record = record;
            this.columns = columns;
            this.row = row;
            this.problems = problems;
        }

        IntakeService.NewItem item(Map<Integer, Long> sectionIds) {
            Channel channel = choice("channel", Channel.OFFLINE, "intake.import.error.unknown-value");
            LocalDate day = date();
            Optional<VoterGroup> group = group();
            String sections = cell("sections");
            boolean whole = WHOLE_DRAFT.equalsIgnoreCase(sections);
            List<Long> ids = whole ? List.of() : sections(sections, sectionIds);
            Stance stance = choice("stance", List.of(Stance.values()), "intake.import.error.unknown-value");
            TextKind kind = choice("text_kind", List.of(TextKind.values()), "intake.import.error.unknown-value");
            String language = cell("language");
            return new IntakeService.NewItem(channel, day, group, cell("name"), ids, whole, stance, cell("text"), kind,
                    language.isEmpty() ? null : Locale.forLanguageTag(language));
        }

        private String cell(String column) {
            String header = columns.get(column);
            if (header == null || !record.isMapped(header) || !record.isSet(header)) {
                return "";
            }
            return record.get(header).strip();
        }

        /** A value among the choices, written as its code: "paper_form", "support", "as_written". */
        private <E extends Enum<E>> E choice(String column, List<E> choices, String key) {
            String value = cell(column);
            if (value.isEmpty()) {
                return null;
            }
            String code = value.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E choice : choices) {
                if (choice.name().toLowerCase(Locale.ROOT).equals(code)) {
                    return choice;
                }
            }
            problems.add(new Problem(row, column, key, List.of(value, choices.stream()
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")))));
            return null;
        }

        private LocalDate date() {
            String value = cell("received_on");
            if (value.isEmpty()) {
                return null;
            }
            try {
                return value.contains("/") ? LocalDate.parse(value, US_DATE) : LocalDate.parse(value);
            } catch (DateTimeParseException bad) {
                problems.add(new Problem(row, "received_on", "intake.import.error.bad-date", List.of(value)));
                return null;
            }
        }

        private Optional<VoterGroup> group() {
            String value = cell("group").toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (value.isEmpty() || value.equals(VoterGroup.NOT_STATED_CODE)) {
                return Optional.empty();
            }
            Optional<VoterGroup> group = VoterGroup.ofCode(value).filter(g -> g != VoterGroup.NOT_STATED);
            if (group.isEmpty()) {
                problems.add(new Problem(row, "group", "intake.import.error.unknown-group", List.of(cell("group"),
                        VoterGroup.VOTING.stream().map(VoterGroup::code).collect(Collectors.joining(", "))
                                + ", " + VoterGroup.NOT_STATED_CODE)));
            }
            return group;
        }

        /** "2", "2;3" or "2 3": section numbers of the version. */
        private List<Long> sections(String value, Map<Integer, Long> sectionIds) {
            Set<Long> ids = new LinkedHashSet<>();
            if (value.isEmpty()) {
                return List.of();
            }
            for (String part : value.split("[;,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                Integer number;
                try {
                    number = Integer.valueOf(part);
                } catch (NumberFormatException notANumber) {
                    number = null;
                }
                Long id = number == null ? null : sectionIds.get(number);
                if (id == null) {
                    problems.add(new Problem(row, "sections", "intake.import.error.unknown-section", List.of(part)));
                } else {
                    ids.add(id);
                }
            }
            return List.copyOf(ids);
        }
    }
}
