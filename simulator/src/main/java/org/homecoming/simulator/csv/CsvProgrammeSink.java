package org.homecoming.simulator.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homecoming.programme.AlleleCall;
import org.homecoming.programme.FamilyMemberRow;
import org.homecoming.programme.LineageHaplotype;
import org.homecoming.programme.MissingPersonRow;
import org.homecoming.programme.ProgrammeFile;
import org.homecoming.programme.ProgrammeRows;
import org.homecoming.programme.RemainsRow;
import org.homecoming.programme.SiteRow;
import org.homecoming.programme.Truth;
import org.homecoming.programme.csv.CsvWriter;
import org.homecoming.simulator.programme.ProgrammeSink;

/**
 * Streams a programme into the CSV files of a directory, each file opened with its header.
 *
 * <p>{@code try (CsvProgrammeSink sink = CsvProgrammeSink.open(dir)) { simulator.run(sink); }}
 */
public final class CsvProgrammeSink implements ProgrammeSink, AutoCloseable {

    private static final int BUFFER = 1 << 16;
    private final Map<ProgrammeFile, CsvWriter> writers = new LinkedHashMap<>();

    private CsvProgrammeSink() {
    }

    /** Creates {@code dir} if needed and writes the header of every CSV file, replacing files already there. */
    public static CsvProgrammeSink open(Path dir) {
        CsvProgrammeSink sink = new CsvProgrammeSink();
        try {
            Files.createDirectories(dir);
            for (ProgrammeFile file : ProgrammeFile.records()) {
                CsvWriter w = new CsvWriter(new BufferedWriter(new OutputStreamWriter(
                        Files.newOutputStream(dir.resolve(file.fileName())), StandardCharsets.UTF_8), BUFFER));
                sink.writers.put(file, w);
                w.row(file.columns());
            }
        } catch (IOException e) {
            sink.close();
            throw new UncheckedIOException("cannot write to " + dir + ": " + e.getMessage(), e);
        }
        return sink;
    }

    /** Data rows written to each file so far (the header not counted), in the order of docs/formats.md. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        writers.forEach((file, w) -> counts.put(file.fileName(), w.rows() - 1));
        return counts;
    }

    @Override
    public void missingPerson(MissingPersonRow person) {
        writers.get(ProgrammeFile.MISSING_PERSONS).row(ProgrammeRows.row(person));
    }

    @Override
    public void familyMember(FamilyMemberRow member) {
        writers.get(ProgrammeFile.FAMILY_MEMBERS).row(ProgrammeRows.row(member));
    }

    @Override
    public void site(SiteRow site) {
        writers.get(ProgrammeFile.SITES).row(ProgrammeRows.row(site));
    }

    @Override
    public void remains(RemainsRow remains) {
        writers.get(ProgrammeFile.REMAINS).row(ProgrammeRows.row(remains));
    }

    @Override
    public void alleleCall(AlleleCall call) {
        writers.get(ProgrammeFile.PROFILES).row(ProgrammeRows.row(call));
    }

    @Override
    public void lineage(LineageHaplotype haplotype) {
        writers.get(ProgrammeFile.LINEAGE).row(ProgrammeRows.row(haplotype));
    }

    @Override
    public void truth(Truth truth) {
        writers.get(ProgrammeFile.TRUTH).row(ProgrammeRows.row(truth));
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (CsvWriter w : writers.values()) {
            try {
                w.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
