package org.policycommons.board;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policycommons.cycle.CycleRuleViolation;
import org.policycommons.cycle.CycleService;
import org.policycommons.identity.CurrentDistrict;
import org.policycommons.vote.Priority;
import org.policycommons.vote.PriorityService;
import org.policycommons.vote.VoterGroup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * De-identified CSV exports for the board: every shown comment of the groups shown (as on the board's page, a group
 * of fewer than 5 people, or hidden to protect one, is left out), and the vote's aggregate results. Comments are
 * written row by row as the database streams them, so memory stays flat however many there are. No name, email or
 * username is written: a person appears by their pseudonym, an organisation by its name. UTF-8 with a byte-order
 * mark and CRLF lines, as spreadsheet software expects; a cell that would start a formula is written as text.
 */
@Service
@Transactional(readOnly = true)
public class CsvExports {

    private static final int FETCH = 1_000;

    private final JdbcTemplate jdbc;
    private final CycleService cycles;
    private final PriorityService priorities;
    private final ConsolidatedInputService board;
    private final BoardPacket packet;

    CsvExports(JdbcTemplate jdbc, CycleService cycles, PriorityService priorities, ConsolidatedInputService board,
               BoardPacket packet) {
        this.board = board;
        this.packet = packet;
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(streamingFetchSize(jdbc));
        this.cycles = cycles;
        this.priorities = priorities;
    }

    /**
     * The fetch size that makes the driver stream: MariaDB Connector/J streams in batches of any positive size;
     * MySQL Connector/J only with {@code useCursorFetch=true} in the URL, else it reads every row into memory first
     * unless asked for row-by-row streaming with {@link Integer#MIN_VALUE}, which needs no URL setting.
     */
    static int streamingFetchSize(JdbcTemplate jdbc) {
        String driver = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDriverName());
        String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
        boolean mysql = driver != null && driver.startsWith("MySQL Connector");
        return mysql && (url == null || !url.contains("useCursorFetch=true")) ? Integer.MIN_VALUE : FETCH;
    }

    @PreAuthorize(ConsolidatedInputService.READERS)
    public void comments(long cycleId, Writer out) {
        cycles.cycle(cycleId).orElseThrow(() -> new CycleRuleViolation("cycle.error.not-found"));
        long district = CurrentDistrict.require();
        // Like the board's page: a hidden group's comments (and replies) would count it, so they are left out.
        List<Object> args = new java.util.ArrayList<>(List.of(district, cycleId));
        String hidden = ConsolidatedInputService.shownOnly(board.hiddenGroups(cycleId), args);
        Csv csv = new Csv(out);
        csv.row("comment", "reply_to", "draft", "version", "section", "section_heading", "group", "author",
                "stance", "created_at", "quote", "text", "channel", "received_on", "text_kind", "stands_by",
                "stands_by_version");
        jdbc.query("""
                select c.id, c.parent_id, d.title, v.number, s.position, s.heading, c.author_role,
                       case when c.author_role in ('civil_rights', 'partner') and c.author_organisation is not null
                            then c.author_organisation else p.pseudonym end,
                       c.stance, c.created_at, c.quote, c.body, c.channel, c.received_on, c.text_kind,
                       c.stands_by_id, c.stands_by_version
                from comment c
                join participant p on p.id = c.author_id
                left join draft_section s on s.id = c.section_id
                join draft_version v on v.id = c.version_id
                join draft d on d.id = c.draft_id
                where c.district_id = ? and c.cycle_id = ? and c.withdrawn_at is null and c.hidden_at is null"""
                + hidden + " order by c.id", rs -> {
            csv.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getTimestamp(10).toInstant().toString(), rs.getString(11), rs.getString(12),
                    rs.getString(13).toLowerCase(Locale.ROOT), rs.getString(14),
                    rs.getString(15) == null ? null : rs.getString(15).toLowerCase(Locale.ROOT), rs.getString(16),
                    rs.getString(17));
        }, args.toArray());
        csv.flush();
    }

    /**
     * The vote's results, drawn from the board model (BoardTables, in English): over all voters, then each group, a row
     * per priority; a hidden group's row says why in words, never a ballot.
     */
    @PreAuthorize(ConsolidatedInputService.READERS)
    public void votes(long cycleId, Writer out) {
        BoardTables tables = packet.tablesIn(cycleId, Locale.ENGLISH);
        Map<String, Priority> byKey = new java.util.HashMap<>();
        priorities.priorities(cycleId).forEach(p -> byKey.put("priority-" + p.id(), p));
        // A title column per language the district offers, in its order: title_en, title_es, title_vi, ...
        List<Locale> languages = priorities.languages();
        Csv csv = new Csv(out);
        List<String> header = new java.util.ArrayList<>(List.of("group", "priority"));
        languages.forEach(l -> header.add("title_" + l.getLanguage()));
        header.addAll(List.of("points", "share", "rank", "voters"));
        csv.row(header.toArray(String[]::new));
        String[] noTitles = new String[languages.size()];
        java.util.Arrays.fill(noTitles, "");
        voteTable(csv, "all", tables.table("votes-overall"), byKey, languages, noTitles);
        for (VoterGroup group : VoterGroup.VOTING) {
            voteTable(csv, group.code(), tables.table("votes-group-" + group.code()), byKey, languages, noTitles);
        }
        csv.flush();
    }

    /** One vote table of the model: its rows' figures, or its words when it has no rows (a hidden group, no voters). */
    private static void voteTable(Csv csv, String group, java.util.Optional<BoardTables.Table> found,
                                  Map<String, Priority> byKey, List<Locale> languages, String[] noTitles) {
        if (found.isEmpty()) {
            return;
        }
        BoardTables.Table table = found.get();
        if (table.rows().isEmpty() && table.empty() != null) {
            csv.row(row(group, "", noTitles, table.empty(), "", "", ""));
            return;
        }
        for (BoardTables.Row line : table.rows()) {
            Priority p = byKey.get(line.key());
            // Each language's own title, blank where the district did not give one: a CSV says what was written.
            String[] titles = languages.stream().map(l -> p.title().in(l).orElse("")).toArray(String[]::new);
            List<BoardTables.Cell> cells = line.cells();
            csv.row(row(group, String.valueOf(p.position()), titles, String.valueOf(cells.get(1).value()),
                    String.format(Locale.ROOT, "%.4f", cells.get(2).value().doubleValue()),
                    String.valueOf(cells.get(0).value()), String.valueOf(cells.get(3).value())));
        }
    }

    /** A vote row: the group and position, the titles, then the figures. */
    private static String[] row(String group, String position, String[] titles, String... figures) {
        List<String> cells = new java.util.ArrayList<>(List.of(group, position));
        cells.addAll(List.of(titles));
        cells.addAll(List.of(figures));
        return cells.toArray(String[]::new);
    }

    /** RFC 4180 rows, with a byte-order mark first. */
    static final class Csv {

        private final Writer out;
        private boolean started;

        Csv(Writer out) {
            this.out = out;
        }

        void row(String... cells) {
            try {
                if (!started) {
                    out.write('\uFEFF');
                    started = true;
                }
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(cell(cells[i]));
                }
                out.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static String cell(String value) {
            if (value == null) {
                return "";
            }
            String text = value;
            // A cell starting like a formula is opened as text, not run, by spreadsheet software.
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                return "\"" + text.replace("\"", "\"\"") + "\"";
            }
            return text;
        }
    }
}
