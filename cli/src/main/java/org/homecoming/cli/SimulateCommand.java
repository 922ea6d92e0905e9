package org.homecoming.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.homecoming.kinship.io.FrequencyTableReader;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.ProgressListener;
import org.homecoming.simulator.SimulationSpec;
import org.homecoming.simulator.SimulationSummary;
import org.homecoming.simulator.bombing.ThorFileSimulator;
import org.homecoming.simulator.assistance.AssistanceSimulator;
import org.homecoming.simulator.assistance.OrdnanceVictim;
import org.homecoming.simulator.dioxin.DioxinCampaignSimulator;
import org.homecoming.simulator.bombing.ThorFileSummary;
import org.homecoming.simulator.landrelease.LandReleaseSimulator;
import org.homecoming.simulator.landrelease.SimulatedLandRelease;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homecoming simulate}: writes a synthetic programme (docs/formats.md) into a directory. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        header = "Write a synthetic programme: missing persons, families, remains, DNA profiles and the truth.",
        description = "The same seed gives the same files. Formats: docs/formats.md.")
final class SimulateCommand implements Callable<Integer> {

    /** Runs this large or larger draw a progress bar on stderr. */
    static final int PROGRESS_THRESHOLD = 10_000;

    @Spec
    CommandSpec spec;

    /** Missions in the synthetic THOR file written beside the land-release programme. */
    static final long THOR_ROWS = 2000;

    @Option(names = "--missing", required = true, paramLabel = "N", description = "number of missing persons")
    int missing;

    @Option(names = "--remains", required = true, paramLabel = "M", description = "number of recovered remains")
    int remains;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "random seed")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Option(names = "--loci", paramLabel = "K",
            description = "loci typed, the first K of the standard order (default 23, or all of a smaller table)")
    Integer loci;

    @Option(names = "--frequencies", paramLabel = "FILE",
            description = "allele frequency table, list format (default: the bundled East Asian table)")
    Path frequencies;

    @Option(names = "--brothers-share", paramLabel = "P",
            description = "share of Vietnamese missing men whose brother is missing too, in one family (default 0.05)")
    Double brothersShare;

    @Option(names = "--lineage-reference", paramLabel = "R",
            description = "men in the lineage reference set lineage_reference.csv (default 2000; 0: no file)")
    Integer lineageReference;

    @Option(names = "--land-release-areas", paramLabel = "N", defaultValue = "60",
            description = "hazardous areas of the demonstration land-release programme written into DIR/land-release,"
                    + " with a synthetic THOR file (0: none; default ${DEFAULT-VALUE})")
    int landReleaseAreas;

    @Option(names = "--dioxin-samples", paramLabel = "N", defaultValue = "300",
            description = "samples of the demonstration dioxin campaign written into DIR/dioxin (0: none; default"
                    + " ${DEFAULT-VALUE})")
    int dioxinSamples;

    @Option(names = "--assisted-persons", paramLabel = "N", defaultValue = "2000",
            description = "people of the demonstration disability-assistance programme written into DIR/assistance,"
                    + " survivors of the land-release accidents among them (0: none; default ${DEFAULT-VALUE})")
    int assistedPersons;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() {
        SimulationSpec s = SimulationSpec.of(missing, remains, seed);
        if (frequencies != null) {
            s = s.withFrequencies(FrequencyTableReader.read(frequencies));
        }
        if (loci != null) {
            s = s.withLoci(loci);
        }
        if (brothersShare != null) {
            s = s.withBrothersShare(brothersShare);
        }
        if (lineageReference != null) {
            s = s.withLineageReference(lineageReference);
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean bar = !quiet && (long) missing + remains >= PROGRESS_THRESHOLD;
        SimulationSummary summary = ProgrammeSimulator.simulate(s, out, bar ? progressBar(err) : ProgressListener.NONE);
        if (bar) {
            err.println();
            err.flush();
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "wrote %s: %d missing persons (%d families, %d family members, %d typed), "
                + "%d remains (%d with a family in the database, %d unregistered), %d sites%n", out,
                summary.missingPersons(), summary.familiesInDatabase(), summary.familyMembers(),
                summary.typedReferences(), summary.remains(), summary.remainsWithFamily(),
                summary.remainsOfUnregistered(), summary.sites());
        if (landReleaseAreas < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--land-release-areas must be at least 0: "
                    + landReleaseAreas);
        }
        if (landReleaseAreas > 0) {
            Path dir = out.resolve("land-release");
            SimulatedLandRelease lr = LandReleaseSimulator.write(dir, landReleaseAreas, seed);
            ThorFileSummary thor = ThorFileSimulator.write(dir.resolve("thor.csv"), THOR_ROWS, seed, 0.03);
            o.printf(Locale.ROOT, "wrote %s: %d hazardous areas, %d activities, %d finds, %d accidents, %d risk-education"
                    + " sessions, %d QA/QC visits, and a THOR file of %d missions (%d bad rows)%n", dir, lr.hazardAreas(),
                    lr.activities(), lr.finds(), lr.accidents(), lr.riskEducation(), lr.qaVisits(), thor.rows(),
                    thor.rows() - thor.good());
        }
        if (dioxinSamples < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dioxin-samples must be at least 0: "
                    + dioxinSamples);
        }
        if (dioxinSamples > 0) {
            Path dir = out.resolve("dioxin");
            DioxinCampaignSimulator.write(dir, dioxinSamples, seed);
            o.printf(Locale.ROOT, "wrote %s: a dioxin campaign of %d samples at %s (17 congeners each)%n", dir,
                    dioxinSamples, DioxinCampaignSimulator.SITE);
        }
        if (assistedPersons < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--assisted-persons must be at least 0: "
                    + assistedPersons);
        }
        if (assistedPersons > 0) {
            Path dir = out.resolve("assistance");
            List<OrdnanceVictim> victims = landReleaseAreas > 0
                    ? AssistanceSimulator.victimsOf(out.resolve("land-release")) : List.of();
            AssistanceSimulator.write(dir, assistedPersons, seed, victims);
            o.printf(Locale.ROOT, "wrote %s: %d people of the disability-assistance programme (%d accident survivors"
                    + " to link)%n", dir, assistedPersons, Math.min(victims.size(), assistedPersons));
        }
        o.flush();
        return ExitCodes.OK;
    }

    private static ProgressListener progressBar(PrintWriter err) {
        return (done, total) -> {
            int width = 40;
            int filled = (int) (width * done / Math.max(1, total));
            err.printf(Locale.ROOT, "\rsimulating [%s%s] %3d%%", "#".repeat(filled), " ".repeat(width - filled),
                    100 * done / Math.max(1, total));
            err.flush();
        };
    }
}
