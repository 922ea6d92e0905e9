package org.homecoming.server.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.homecoming.programme.ProgrammeFile;

/**
 * Reads and checks a population reference set, {@code lineage_reference.csv} (docs/formats.md):
 * one haplotype per reference individual and marker kind, each value read by the engine's own
 * {@link LineageValue}, so the server refuses what the engine refuses. Every problem is collected
 * as {@code lineage_reference.csv:LINE: FIELD: PROBLEM}; a set with any problem is refused whole.
 *
 * <pre>{@code
 * LineageReferenceReader.Result r = LineageReferenceReader.read("sample_id,marker_type,value\nY-1,YSTR,DYS19=14\n");
 * r.rows().size(); // 1
 * }</pre>
 */
public final class LineageReferenceReader {

    public static final String FILE = ProgrammeFile.LINEAGE_REFERENCE.fileName();
    static final List<String> HEADER = ProgrammeFile.LINEAGE_REFERENCE.columns();

    /** One haplotype of the set. */
    public record Haplotype(String sampleId, String markerType, String value) {
    }

    /** The haplotypes read, and the problems (none when the set may be stored). */
    public record Result(List<Haplotype> rows, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private LineageReferenceReader() {
    }

    public static Result read(String csv) {
        List<Haplotype> rows = new ArrayList<>();
        List<ImportProblem> problems = read(csv, rows);
        return new Result(problems.isEmpty() ? List.copyOf(rows) : List.of(),
                problems.stream().map(ImportProblem::toString).toList());
    }

    /** Reads {@code csv} into {@code rows}; returns the problems (the rows are to be dropped when there is any). */
    static List<ImportProblem> read(String csv, List<Haplotype> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            ImportReader.readRows(FILE, new StringReader(csv), HEADER, r -> read(r, seen, rows), problems);
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(new ImportProblem(FILE, 0, "file", "no haplotypes"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static void read(Row r, Set<String> seen, List<Haplotype> rows) {
        String sample = r.identifier("sample_id", true);
        LineageCell cell = LineageCell.read(r, sample, seen);
        if (sample != null && cell != null) {
            rows.add(new Haplotype(sample, cell.marker(), cell.value()));
        }
    }
}
