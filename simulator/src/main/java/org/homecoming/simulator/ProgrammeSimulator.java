package org.homecoming.simulator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.homecoming.programme.ProgrammeFile;
import org.homecoming.simulator.csv.CsvProgrammeSink;
import org.homecoming.simulator.csv.FrequencyTableWriter;
import org.homecoming.simulator.csv.LineageReferenceWriter;
import org.homecoming.simulator.genetics.Kit;
import org.homecoming.simulator.genetics.LineagePopulation;
import org.homecoming.simulator.programme.ProgrammeSink;

/**
 * Generates a realistic synthetic programme — missing persons, their families 50 years on, degraded remains,
 * DNA profiles and the truth — as the files of docs/formats.md or as a stream of records.
 *
 * <p>{@code ProgrammeSimulator.simulate(SimulationSpec.of(1000, 300, 42), Path.of("programme"))}
 *
 * <p>The same spec gives the same output, byte for byte (one {@link java.util.SplittableRandom} per missing
 * person, split from the seed in order). Families are written as they are made, so memory grows only with the
 * number of remains, not of families. The lineage reference set ({@code lineage_reference.csv}, unrelated men of
 * the population, not records of the programme) is written by the directory form only.
 */
public final class ProgrammeSimulator {

    /** Written into manifest.properties so a programme says what made it. */
    public static final String VERSION = "2";
    /** "LINEAGE" in ASCII: keeps the reference set's stream apart from the programme's. */
    private static final long REFERENCE_SALT = 0x4C494E45414745L;

    private ProgrammeSimulator() {
    }

    public static SimulationSummary simulate(SimulationSpec spec, Path outDir) {
        return simulate(spec, outDir, ProgressListener.NONE);
    }

    /** Writes the programme into {@code outDir} (created if needed; files of the same names are replaced). */
    public static SimulationSummary simulate(SimulationSpec spec, Path outDir, ProgressListener progress) {
        SimulationSummary summary;
        Map<String, Long> rows;
        try (CsvProgrammeSink sink = CsvProgrammeSink.open(outDir)) {
            summary = simulate(spec, sink, progress);
            rows = sink.rowCounts();
        }
        Kit kit = Kit.select(spec.frequencies(), spec.loci());
        try (Writer w = writer(outDir.resolve(ProgrammeFile.FREQUENCIES))) {
            FrequencyTableWriter.write(spec.frequencies(), kit.locusNames(), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (spec.lineageReference() > 0) {
            rows.put(ProgrammeFile.LINEAGE_REFERENCE.fileName(), writeLineageReference(spec, outDir));
        } else {
            deleteIfExists(outDir.resolve(ProgrammeFile.LINEAGE_REFERENCE.fileName()));
        }
        SimulationManifest.write(spec, kit, rows, outDir);
        return summary;
    }

    /** Streams the programme's records to {@code sink}, in the order {@link ProgrammeSink} describes. */
    public static SimulationSummary simulate(SimulationSpec spec, ProgrammeSink sink) {
        return simulate(spec, sink, ProgressListener.NONE);
    }

    public static SimulationSummary simulate(SimulationSpec spec, ProgrammeSink sink, ProgressListener progress) {
        return new SimulationRun(spec, sink, progress).run();
    }

    /**
     * The reference men come from their own stream, seeded from the spec's seed with a fixed salt, so that the set
     * is the same for a seed whatever the size of the programme, and the programme the same whatever the set.
     */
    private static long writeLineageReference(SimulationSpec spec, Path outDir) {
        SplittableRandom rng = new SplittableRandom(spec.seed() ^ REFERENCE_SALT);
        try (Writer w = writer(outDir.resolve(ProgrammeFile.LINEAGE_REFERENCE.fileName()))) {
            return LineageReferenceWriter.write(LineagePopulation.sample(spec.lineageReference(), rng), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reference set left from an earlier run into the same directory would no longer belong to it. */
    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
    }
}
