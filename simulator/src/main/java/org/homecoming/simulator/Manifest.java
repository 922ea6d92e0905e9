package org.homecoming.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.homecoming.simulator.csv.ProgrammeFiles;
import org.homecoming.simulator.genetics.Kit;

/**
 * Writes manifest.properties and README.txt. Properties are written by hand rather than with
 * {@code Properties.store}, whose date comment would make two runs of the same seed differ.
 */
final class Manifest {

    private Manifest() {
    }

    static void write(SimulationSpec spec, Kit kit, Map<String, Long> rows, Path dir) {
        try (Writer w = ProgrammeSimulator.writer(dir.resolve(ProgrammeFiles.MANIFEST))) {
            w.write("# Homecoming simulated programme\n");
            property(w, "simulator.version", ProgrammeSimulator.VERSION);
            property(w, "seed", Long.toString(spec.seed()));
            property(w, "missing", Integer.toString(spec.missingPersons()));
            property(w, "remains", Integer.toString(spec.remains()));
            property(w, "loci", String.join(",", kit.locusNames()));
            property(w, "kit", kit.name());
            property(w, "frequencies.name", spec.frequencies().name());
            property(w, "frequencies.source", spec.frequencies().source());
            property(w, "us.share", number(spec.usShare()));
            property(w, "family.share", number(spec.familyShare()));
            property(w, "unregistered.share", number(spec.unregisteredShare()));
            property(w, "mutation.rate", number(spec.mutationRate()));
            property(w, "brothers.share", number(spec.brothersShare()));
            for (Map.Entry<String, Long> e : rows.entrySet()) {
                property(w, "rows." + e.getKey(), Long.toString(e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Writer w = ProgrammeSimulator.writer(dir.resolve(ProgrammeFiles.README))) {
            w.write(readme(spec, kit, rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readme(SimulationSpec spec, Kit kit, Map<String, Long> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("Homecoming - simulated programme (synthetic data: no real person is described here)\n\n");
        sb.append("Made by: ./homecoming simulate --missing ").append(spec.missingPersons()).append(" --remains ")
                .append(spec.remains()).append(" --seed ").append(spec.seed()).append(" --loci ")
                .append(spec.loci()).append(" --brothers-share ").append(number(spec.brothersShare()))
                .append(" (frequency table ").append(spec.frequencies().name()).append(")\n");
        sb.append("Simulator version ").append(ProgrammeSimulator.VERSION)
                .append("; the same command gives the same files.\n\n");
        sb.append("Kit ").append(kit.name()).append(": ").append(String.join(", ", kit.locusNames())).append("\n\n");
        sb.append("Files (formats in docs/formats.md of the Homecoming repository):\n");
        for (Map.Entry<String, Long> e : rows.entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %-20s %,d rows%n", e.getKey(), e.getValue()));
        }
        sb.append("  ").append(ProgrammeFiles.FREQUENCIES).append("      allele frequencies used for founders\n");
        sb.append("  ").append(ProgrammeFiles.MANIFEST).append("  seed, parameters and row counts\n\n");
        sb.append("truth.csv says who each set of remains really is. Keep it away from the system under test.\n");
        return sb.toString();
    }

    private static void property(Writer w, String key, String value) throws IOException {
        w.write(key + "=" + value.replace("\\", "\\\\").replace("\n", "\\n") + "\n");
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%s", d);
    }
}
