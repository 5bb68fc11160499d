package org.policycommons.board;

import java.util.List;
import java.util.Optional;

/**
 * A cycle's consolidated input laid out once, in the reader's language, as what a board member reads: parts, each a
 * list of captioned tables and charts with their headers, rows and notes. The packet draws every part of it; the
 * board's page and the vote CSV draw the parts they show. A figure that suppression hides is a cell marked hidden,
 * with the words for it, here and so everywhere (docs/decisions/032).
 *
 * @param parts in the order the packet prints them
 */
public record BoardTables(List<Part> parts) {

    /** The part with this key, if the cycle has it. */
    public Optional<Part> part(String key) {
        return parts.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** Every table of every part, in order. */
    public List<Table> tables() {
        return parts.stream().flatMap(p -> p.blocks().stream())
                .filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** The table with this key, if the cycle has it. */
    public Optional<Table> table(String key) {
        return tables().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** A part of the packet and of the page: a heading (a bookmark in the packet) and what it holds. */
    public record Part(String key, String heading, List<Block> blocks) {
    }

    /** What a part holds, in reading order. */
    public sealed interface Block permits Heading, Text, Note, Items, Chart, Table {
    }

    /** A heading within a part. */
    public record Heading(String text) implements Block {
    }

    /** A paragraph. */
    public record Text(String text) implements Block {
    }

    /** A note on the figures before it, in smaller print. */
    public record Note(String text) implements Block {
    }

    /** A bulleted list. */
    public record Items(List<String> items) implements Block {
    }

    /**
     * A horizontal bar chart. The table with {@code tableKey} holds the same figures and always follows it.
     *
     * @param alt what the chart shows, for a reader who cannot see it: every bar's label and figure
     */
    public record Chart(String title, String alt, List<Bar> bars, String tableKey) implements Block {
    }

    /** One bar: what it counts and how many. */
    public record Bar(String label, long value, String shown) {
    }

    /**
     * A table: its caption, the column headers, and rows that each start with a row header.
     *
     * @param key   a name for it that does not depend on the language, such as {@code votes-overall} or
     *              {@code section-12}
     * @param empty what stands instead of rows when it has none (a hidden group's "fewer than 5 voters, not
     *              shown"), or null
     */
    public record Table(String key, String caption, List<String> headers, List<Row> rows, String empty)
            implements Block {

        public Table(String key, String caption, List<String> headers, List<Row> rows) {
            this(key, caption, headers, rows, null);
        }

        /** The cell in the row whose header is {@code row}, under the column {@code column} (1 = first figure). */
        public Optional<Cell> cell(String row, int column) {
            return rows.stream().filter(r -> r.header().equals(row)).findFirst()
                    .map(r -> r.cells().get(column - 1));
        }
    }

    /**
     * A row: its header, then its cells.
     *
     * @param key what the row is about, in no language (such as {@code priority-12}), where a drawer needs it; or null
     */
    public record Row(String key, String header, List<Cell> cells) {

        public Row(String header, List<Cell> cells) {
            this(null, header, cells);
        }
    }

    /**
     * A cell: what it says; the figure it says, if it is one (a count, or a share from 0 to 1); whether suppression
     * hid the figure that would be here.
     */
    public record Cell(String text, Number value, boolean hidden) {

        static Cell words(String text) {
            return new Cell(text, null, false);
        }

        static Cell hidden(String words) {
            return new Cell(words, null, true);
        }

        /** Whether it holds only a figure (1,234 · 12.5 % · #2 (30 points) · —), aligned so that digits line up. */
        public boolean figure() {
            return FIGURE.matcher(text).matches();
        }

        private static final java.util.regex.Pattern FIGURE =
                java.util.regex.Pattern.compile("[#n.º ]*[\\d.,]+( ?%| \\(.*\\))?|—");
    }
}
