package org.homecoming.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homecoming.programme.ProgrammeFile;
import org.homecoming.simulator.genetics.Kit;
import org.homecoming.simulator.genetics.MtHaplotypes;
import org.homecoming.simulator.genetics.YHaplotypes;

/**
 * Writes manifest.properties and README.txt. Properties are written by hand rather than with
 * {@code Properties.store}, whose date comment would make two runs of the same seed differ.
 */
final class SimulationManifest {

    static final String Y_KIT = "PowerPlex Y23";
    private static final String LINEAGE_AND_CONTEXT = """
            Lineage markers: Y-STR on the 23 loci of PowerPlex Y23, father to son with per-locus rates
            (YHRD release 61; DYS576 0.0126, DYS570 0.0114, DYS458 0.0062, DYS19 0.0022, DYS438 0.00035;
            0.083 mutations per meiosis in all), 96% single-step; founders from haplogroup clades.
            mtDNA control region 16024-576 as differences from rCRS, mother to child with a visible point
            change in 1 of 33 transmissions (Parsons et al. 1997), half of them point heteroplasmy (IUPAC).

            Context: loss points recorded within their precision of the truth; Vietnamese records 45%
            place of death or burial (1-5 km), 30% battle area (5-20 km), 25% only the front (20-50 km);
            US aircraft 2-10 km, ground 1-3 km (log-uniform). Vietnamese remains: 50% in a martyrs'
            cemetery of the province (tens of km away), 30% battle sites within 3 km, 20% field graves
            within 5 km; US crash sites within 1 km, battle sites within 500 m. A named object (penicillin
            vial with a slip, dog tag) with 4% of Vietnamese and 5% of US remains, the person's own name in
            80% and 90% of them, otherwise a comrade's.

            """;

    private SimulationManifest() {
    }

    private static List<String> yLoci() {
        return YHaplotypes.SLOTS.stream().map(YHaplotypes.Slot::locus).distinct().toList();
    }

    static void write(SimulationSpec spec, Kit kit, Map<String, Long> rows, Path dir) {
        try (Writer w = ProgrammeSimulator.writer(dir.resolve(ProgrammeFile.MANIFEST))) {
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
            property(w, "ystr.kit", Y_KIT);
            property(w, "ystr.loci", String.join(",", yLoci()));
            property(w, "ystr.mutation.rate.total", String.format(Locale.ROOT, "%.6f", YHaplotypes.totalRate()));
            property(w, "mtdna.range", MtHaplotypes.RANGE);
            property(w, "mtdna.mutation.rate", String.format(Locale.ROOT, "%.6f", MtHaplotypes.MUTATION_RATE));
            property(w, "lineage.reference", Integer.toString(spec.lineageReference()));
            for (Map.Entry<String, Long> e : rows.entrySet()) {
                property(w, "rows." + e.getKey(), Long.toString(e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Writer w = ProgrammeSimulator.writer(dir.resolve(ProgrammeFile.README))) {
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
        sb.append(LINEAGE_AND_CONTEXT);
        sb.append("Files (formats in docs/formats.md of the Homecoming repository):\n");
        for (Map.Entry<String, Long> e : rows.entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %-20s %,d rows%n", e.getKey(), e.getValue()));
        }
        sb.append("  ").append(ProgrammeFile.FREQUENCIES).append("      allele frequencies used for founders\n");
        sb.append("  ").append(ProgrammeFile.MANIFEST).append("  seed, parameters and row counts\n\n");
        sb.append("truth.csv says who each set of remains really is. Keep it away from the system under test.\n");
        if (spec.lineageReference() > 0) {
            sb.append("lineage_reference.csv holds ").append(spec.lineageReference())
                    .append(" unrelated men of the population (not in the programme), each with a full Y-STR and\n")
                    .append("mtDNA haplotype: the reference set lineage frequencies are counted in.\n");
        }
        return sb.toString();
    }

    private static void property(Writer w, String key, String value) throws IOException {
        w.write(key + "=" + value.replace("\\", "\\\\").replace("\n", "\\n") + "\n");
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%s", d);
    }
}
