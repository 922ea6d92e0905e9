package org.homecoming.server.imports;

import java.util.Set;
import org.homecoming.kinship.lineage.LineageValue;

/**
 * The marker type and value of one lineage row — of {@code lineage.csv} or of a population set's
 * {@code lineage_reference.csv} — checked by the engine's one parser, so that both files obey one rule.
 *
 * <pre>{@code
 * LineageCell cell = LineageCell.read(row, sample, seen);  // null: the row's problems are recorded
 * }</pre>
 *
 * @param marker {@code YSTR} or {@code MTDNA}
 * @param value the haplotype, in the syntax of docs/formats.md
 */
record LineageCell(String marker, String value) {

    private static final Set<String> MARKERS = Set.of("YSTR", "MTDNA");

    /**
     * The row's marker and value, or {@code null} when one is missing or wrong, or when {@code sample}
     * was already given a haplotype of that marker ({@code seen} holds what the file gave so far).
     */
    static LineageCell read(Row r, String sample, Set<String> seen) {
        String marker = r.oneOf("marker_type", MARKERS, true);
        String value = r.text("value", true);
        if (value != null && marker != null) {
            try {
                LineageValue.check(marker, value);
            } catch (IllegalArgumentException e) {
                r.problem("value", e.getMessage());
                return null;
            }
        }
        if (sample != null && marker != null && !seen.add(sample + "\u0000" + marker)) {
            r.problem("marker_type", marker + " given twice for sample '" + sample + "'");
            return null;
        }
        return marker == null || value == null ? null : new LineageCell(marker, value);
    }
}
