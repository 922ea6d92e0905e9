package org.homecoming.server.imports;

/**
 * One problem found in an import file, written as {@code FILE:LINE: FIELD: PROBLEM} (docs/formats.md).
 * Line 0 concerns the whole file; field {@code row} the whole row.
 *
 * <pre>{@code
 * new ImportProblem("remains.csv", 9, "site_id", "unknown site 'S-000077'").toString();
 * // "remains.csv:9: site_id: unknown site 'S-000077'"
 * }</pre>
 */
public record ImportProblem(String file, long line, String field, String problem) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + problem;
    }
}
