package org.homecoming.simulator.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.simulator.programme.AlleleCall;
import org.homecoming.simulator.programme.FamilyMember;
import org.homecoming.simulator.programme.LineageHaplotype;
import org.homecoming.simulator.programme.MissingPerson;
import org.homecoming.simulator.programme.ProgrammeSink;
import org.homecoming.simulator.programme.Remains;
import org.homecoming.simulator.programme.Site;
import org.homecoming.simulator.programme.Truth;

/**
 * Streams a programme into the CSV files of a directory, each file opened with its header.
 *
 * <p>{@code try (CsvProgrammeSink sink = CsvProgrammeSink.open(dir)) { simulator.run(sink); }}
 */
public final class CsvProgrammeSink implements ProgrammeSink, AutoCloseable {

    private static final int BUFFER = 1 << 16;
    private final Map<String, CsvWriter> writers = new LinkedHashMap<>();

    private CsvProgrammeSink() {
    }

    /** Creates {@code dir} if needed and writes the header of every CSV file, replacing files already there. */
    public static CsvProgrammeSink open(Path dir) {
        CsvProgrammeSink sink = new CsvProgrammeSink();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, List<String>> e : ProgrammeFiles.HEADERS.entrySet()) {
                CsvWriter w = new CsvWriter(new BufferedWriter(new OutputStreamWriter(
                        Files.newOutputStream(dir.resolve(e.getKey())), StandardCharsets.UTF_8), BUFFER));
                sink.writers.put(e.getKey(), w);
                w.row(e.getValue());
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
        writers.forEach((file, w) -> counts.put(file, w.rows() - 1));
        return counts;
    }

    @Override
    public void missingPerson(MissingPerson person) {
        writers.get(ProgrammeFiles.MISSING_PERSONS).row(ProgrammeFiles.row(person));
    }

    @Override
    public void familyMember(FamilyMember member) {
        writers.get(ProgrammeFiles.FAMILY_MEMBERS).row(ProgrammeFiles.row(member));
    }

    @Override
    public void site(Site site) {
        writers.get(ProgrammeFiles.SITES).row(ProgrammeFiles.row(site));
    }

    @Override
    public void remains(Remains remains) {
        writers.get(ProgrammeFiles.REMAINS).row(ProgrammeFiles.row(remains));
    }

    @Override
    public void alleleCall(AlleleCall call) {
        writers.get(ProgrammeFiles.PROFILES).row(ProgrammeFiles.row(call));
    }

    @Override
    public void lineage(LineageHaplotype haplotype) {
        writers.get(ProgrammeFiles.LINEAGE).row(ProgrammeFiles.row(haplotype));
    }

    @Override
    public void truth(Truth truth) {
        writers.get(ProgrammeFiles.TRUTH).row(ProgrammeFiles.row(truth));
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
