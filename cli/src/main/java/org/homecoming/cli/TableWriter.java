package org.homecoming.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns: text left-aligned, numbers right-aligned, two spaces
 * between columns, a rule under the header.
 *
 * <p>{@code new TableWriter("Locus", "LR").row("TH01", "2.5").render()}
 *
 * <p>A cell counts as a number when it parses as one (after removing thousands separators) or is one
 * of {@code -}, {@code inf}, {@code -inf}, {@code NaN}.
 */
final class TableWriter {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TableWriter(String... header) {
        if (header.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.header = List.of(header);
    }

    /** Adds a row; it must have as many cells as the header. */
    TableWriter row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the table "
                    + header.size() + " columns");
        }
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(String.valueOf(c));
        }
        rows.add(r);
        return this;
    }

    String render() {
        int n = header.size();
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            width[c] = header.get(c).length();
            numeric[c] = !rows.isEmpty();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
                numeric[c] &= isNumber(r.get(c));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width, numeric);
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        line(sb, rule, width, numeric);
        rows.forEach(r -> line(sb, r, width, numeric));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                l.append("  ");
            }
            String s = cells.get(c);
            String pad = " ".repeat(width[c] - s.length());
            l.append(numeric[c] ? pad + s : s + pad);
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    static boolean isNumber(String s) {
        String t = s.replace(",", "").strip();
        if (t.equals("-") || t.equals("inf") || t.equals("-inf") || t.equals("NaN")) {
            return true;
        }
        try {
            Double.parseDouble(t);
            return !t.isEmpty() && !Character.isLetter(t.charAt(t.length() - 1));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
