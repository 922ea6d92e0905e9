package org.homecoming.simulator.csv;

import java.io.Writer;
import java.util.List;
import org.homecoming.programme.ProgrammeFile;
import org.homecoming.programme.csv.CsvWriter;
import org.homecoming.simulator.genetics.LineagePopulation;

/**
 * Writes {@code lineage_reference.csv}: one {@code YSTR} and one {@code MTDNA} row per reference man.
 *
 * <p>{@code LineageReferenceWriter.write(LineagePopulation.sample(2000, rng), writer)} returns 4000.
 */
public final class LineageReferenceWriter {

    private LineageReferenceWriter() {
    }

    /** Writes the header and the rows; returns the number of data rows. */
    public static long write(List<LineagePopulation.Individual> set, Writer out) {
        try (CsvWriter w = new CsvWriter(out)) {
            w.row(ProgrammeFile.LINEAGE_REFERENCE.columns());
            for (LineagePopulation.Individual i : set) {
                w.row(List.of(i.sampleId(), "YSTR", i.y()));
                w.row(List.of(i.sampleId(), "MTDNA", i.mito()));
            }
            return w.rows() - 1;
        }
    }
}
