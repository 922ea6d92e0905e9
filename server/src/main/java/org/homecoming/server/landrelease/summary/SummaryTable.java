package org.homecoming.server.landrelease.summary;

import java.math.BigDecimal;
import java.util.List;

/**
 * One table of the dashboard, as the page, the chart and the CSV/XLSX exports show it: the message keys of
 * its columns (the first column is the row label) and its rows. {@code labelPrefix} names the bundle prefix
 * that translates a row label ({@code device} for categories), or is empty when the label is shown as is;
 * {@code rowsAreYears} says that each row is a year (its numbers link to the sources of that year).
 *
 * <pre>{@code
 * new SummaryTable("casualties", List.of(new Column("summary.col.year", 0, ""),
 *         new Column("summary.col.KILLED", 0, "casualties")), "", true, List.of(new Row("2024", List.of(BigDecimal.TWO))));
 * }</pre>
 */
public record SummaryTable(String name, List<Column> columns, String labelPrefix, boolean rowsAreYears,
        List<Row> rows) {

    /**
     * A column: its header's message key, the decimals the page shows (exports keep every digit) and the
     * {@code figure=} of the sources its numbers link to (empty for the label column).
     */
    public record Column(String key, int decimals, String figure) {
    }

    /** A row: its label and one number per column after the first. */
    public record Row(String label, List<BigDecimal> values) {
    }
}
