package org.policycommons.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells as spreadsheet software reads them: quoted when needed, never run as a formula, accents intact. */
class CsvCellTest {

    @Test
    void cellsAreQuotedEscapedAndNeverFormulas() {
        assertThat(CsvExports.Csv.cell("plain")).isEqualTo("plain");
        assertThat(CsvExports.Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvExports.Csv.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvExports.Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvExports.Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvExports.Csv.cell("-2")).isEqualTo("'-2");
        assertThat(CsvExports.Csv.cell("Educación física")).isEqualTo("Educación física");
        assertThat(CsvExports.Csv.cell(null)).isEmpty();
    }
}
