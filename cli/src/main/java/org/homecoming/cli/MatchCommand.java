package org.homecoming.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.homecoming.kinship.evidence.EvidenceSet;
import org.homecoming.kinship.lineage.LineageConclusion;
import org.homecoming.kinship.lineage.LineageMarker;
import org.homecoming.kinship.mutation.MutationSpec;
import org.homecoming.kinship.search.Candidate;
import org.homecoming.kinship.search.DatabaseSearch;
import org.homecoming.kinship.search.IdentificationSummary;
import org.homecoming.kinship.search.LineageEvidence;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.kinship.search.SearchProgress;
import org.homecoming.kinship.search.SearchResult;
import org.homecoming.programme.io.ProgrammeReader;
import org.homecoming.programme.search.CandidateCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code homecoming match}: every remains against every family, with top candidates and identifications. */
@Command(name = "match", mixinStandardHelpOptions = true,
        header = "Search every remains against every family: pairwise LRs, top candidates, identifications.",
        description = {"INPUT is a programme directory (docs/formats.md) or a Familias DVI .fam file.",
            "Writes one row per reported pair (top K per remains and per missing person, every pair at or "
                + "above the threshold, and with --evidence all the strongest pairs of a registry scan): remains,family,missing,lr,log10_lr,loci,excluded,lineage_lr,context_lr,"
                + "combined_lr,posterior (docs/kinship-evidence.md)."})
final class MatchCommand implements Callable<Integer> {

    static final String HEADER = CandidateCsv.HEADER;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "programme directory or .fam file")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "output CSV")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--top", defaultValue = "3", paramLabel = "K",
            description = "candidates kept per remains and per missing person (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--threshold", defaultValue = "10000", paramLabel = "LR",
            description = "LR at or above which a pair is an identification (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--mutation", defaultValue = "proportional", paramLabel = "MODEL",
            description = "programme directories: none, equal, proportional or stepwise (default ${DEFAULT-VALUE}); "
                    + ".fam files keep their own models")
    String mutation;

    @Option(names = "--mutation-rate", defaultValue = "0.001", paramLabel = "RATE",
            description = "mutation rate per meiosis (default ${DEFAULT-VALUE})")
    double mutationRate;

    @Option(names = "--dropout", defaultValue = "0.05", paramLabel = "P",
            description = "programme directories: allelic dropout of remains with a DEGRADED call (default ${DEFAULT-VALUE})")
    double dropout;

    @Option(names = "--ignore-sex", description = ".fam files: pair victims and missing persons whatever their sexes")
    boolean ignoreSex;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Option(names = "--joint-out", paramLabel = "FILE.csv",
            description = "families with several missing persons: write every two remains placed together on two of "
                    + "them, both ways round (" + JointReport.HEADER + ")")
    Path jointOut;

    @Option(names = "--engine", defaultValue = "local", paramLabel = "ENGINE",
            description = "local (this machine's threads) or spark (a Spark master, see --master; docs/kinship-search.md) "
                    + "(default ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
            description = "with --engine spark: local[2], spark://HOST:7077, ... (default ${DEFAULT-VALUE})")
    String master;

    @Option(names = "--evidence", defaultValue = "all", paramLabel = "KIND",
            description = "autosomal (the autosomal LR only) or all (with Y-STR/mtDNA and the non-DNA context); "
                    + "the posterior is computed on it (default ${DEFAULT-VALUE})")
    String evidence;

    @Override
    public Integer call() {
        int t = threads.count();
        EvidenceSet evidenceSet = evidenceSet(evidence);
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new IllegalArgumentException("--engine must be local or spark: " + engine);
        }
        SearchOptions options = SearchOptions.defaults().withTopK(top).withThreshold(threshold).withThreads(t);
        MatchInput in = MatchInput.read(input, new ProgrammeReader.Settings(MutationSpec.fromSetting("--mutation", mutation, mutationRate), dropout),
                ignoreSex);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        in.notes().forEach(n -> o.println("note: " + n));
        long start = System.nanoTime();
        ProgressBar indexing = quiet ? null : new ProgressBar(err, "indexing", "families", in.families().size());
        SearchIndex index = SearchIndex.build(in.families(), in.loci(), in.options(), t, (done, total) -> {
            if (indexing != null) {
                indexing.update(done);
            }
        });
        if (indexing != null) {
            indexing.finish();
        }
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        ProgressBar bar = quiet ? null : new ProgressBar(err, "matching", "comparisons", (long) in.remains().size() * index.size());
        long searchStart = System.nanoTime();
        SearchProgress progress = (done, total) -> {
            if (bar != null) {
                bar.update(done);
            }
        };
        SearchResult result = engine.equals("spark") ? SparkEngine.run(master, index, in.remains(), options, progress)
                : DatabaseSearch.run(index, in.remains(), options, progress);
        if (bar != null) {
            bar.finish();
        }
        double searchSeconds = (System.nanoTime() - searchStart) / 1e9;
        result = in.lineage().attach(result, in.families());
        long evidenceStart = System.nanoTime();
        MatchEvidence evidenceColumns = MatchEvidence.of(input, in, index, result.reported(), evidenceSet);
        List<Candidate> rows = evidenceColumns.rows();
        write(rows, evidenceColumns);
        o.printf(Locale.ROOT, "indexed %d families (%d loci) in %.1f s; compared %d remains: %d comparisons in %.1f s (%.3g/s)%n",
                index.size(), in.loci().size(), indexSeconds, in.remains().size(), result.comparisons(), searchSeconds,
                result.comparisons() / Math.max(searchSeconds, 1e-9));
        o.printf(Locale.ROOT, "index version %s; engine %s%n", index.version(),
                engine.equals("spark") ? "spark on " + master : "local, " + t + " threads");
        o.printf(Locale.ROOT, "wrote %d pairs to %s; %d at LR >= %s%n", rows.size(), out, result.aboveThreshold().size(),
                number(threshold));
        lineage(o, result);
        lineageFrequencies(o, in.lineage(), result);
        JointReport.report(o, in, result, jointOut);
        evidenceColumns.printPosterior(o);
        evidenceColumns.printContextFactors(o);
        if (in.hasTruth()) {
            summarise(o, result, in);
            evidenceColumns.printFigures(o, in.truth(), in.families(), threshold);
        }
        o.printf(Locale.ROOT, "evidence: context, combined LRs, posteriors%s in %.1f s%n", in.hasTruth() ? " and figures" : "",
                (System.nanoTime() - evidenceStart) / 1e9);
        o.flush();
        return ExitCodes.OK;
    }

    /** How the identifications' Y-STR and mtDNA comparisons came out (nothing when none was possible). */
    private static void lineage(PrintWriter o, SearchResult result) {
        Map<LineageConclusion, Integer> counts = new EnumMap<>(LineageConclusion.class);
        int compared = 0;
        for (Candidate c : result.aboveThreshold()) {
            compared += c.lineage().isEmpty() ? 0 : 1;
            c.lineage().forEach(l -> counts.merge(l.conclusion(), 1, Integer::sum));
        }
        if (compared > 0) {
            o.printf(Locale.ROOT, "lineage: %d identifications with a Y-STR or mtDNA comparison; comparisons: %d consistent, "
                    + "%d inconclusive, %d excluding%n", compared, counts.getOrDefault(LineageConclusion.CANNOT_EXCLUDE, 0),
                    counts.getOrDefault(LineageConclusion.INCONCLUSIVE, 0), counts.getOrDefault(LineageConclusion.EXCLUSION, 0));
        }
    }

    /**
     * Where lineage frequencies were counted, so that no reader takes a case-counted LR for a
     * population one, and the median LR of the identifications' consistent comparisons per marker.
     */
    private static void lineageFrequencies(PrintWriter o, LineageEvidence lineage, SearchResult result) {
        if (lineage.isEmpty()) {
            return;
        }
        Map<LineageMarker, List<Double>> lrs = new EnumMap<>(LineageMarker.class);
        for (Candidate c : result.aboveThreshold()) {
            c.lineage().stream().filter(l -> l.conclusion() == LineageConclusion.CANNOT_EXCLUDE)
                    .forEach(l -> lrs.computeIfAbsent(l.marker(), k -> new ArrayList<>()).add(l.likelihoodRatio().getAsDouble()));
        }
        lrs.forEach((marker, values) -> {
            Collections.sort(values);
            o.printf(Locale.ROOT, "lineage: %s LR of consistent identifications: median %.4g (%d comparisons)%n",
                    marker == LineageMarker.Y_STR ? "Y-STR" : "mtDNA", values.get(values.size() / 2), values.size());
        });
        lineage.reference().ifPresentOrElse(
                r -> o.printf(Locale.ROOT, "lineage frequencies: counted in lineage_reference.csv (%d Y-STR, %d mtDNA "
                        + "haplotypes)%n", r.y().size(), r.mito().size()),
                () -> o.printf(Locale.ROOT, "lineage frequencies: no lineage_reference.csv; counted among the programme's "
                        + "own lineage.csv rows (remains and relatives included), not a population frequency%n"));
    }

    private void summarise(PrintWriter o, SearchResult result, MatchInput in) {
        Set<String> indexed = new HashSet<>();
        for (SearchFamily f : in.families()) {
            indexed.add(f.missing());
        }
        IdentificationSummary s = IdentificationSummary.of(result, in.truth(), indexed);
        o.printf(Locale.ROOT, "truth: %d identifications at LR >= %s: %d true, %d false%n", s.identifications(),
                number(threshold), s.correct(), s.wrong());
        o.printf(Locale.ROOT, "truth: %d of %d identifiable remains missed%n", s.missed(), s.identifiable());
        o.printf(Locale.ROOT, "truth: false-positive rate %.3g (%d of %d unrelated pairs)%n", s.falsePositiveRate(),
                s.wrong(), s.unrelatedPairs());
    }

    /** The evidence named by {@code --evidence}. */
    static EvidenceSet evidenceSet(String name) {
        return switch (name) {
            case "all" -> EvidenceSet.ALL;
            case "autosomal" -> EvidenceSet.AUTOSOMAL;
            default -> throw new IllegalArgumentException("--evidence must be autosomal or all: " + name);
        };
    }

    private void write(List<Candidate> rows, MatchEvidence evidenceColumns) {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(HEADER + "," + MatchEvidence.HEADER);
            w.write('\n');
            for (int i = 0; i < rows.size(); i++) {
                Candidate c = rows.get(i);
                w.write(CandidateCsv.row(c) + "," + evidenceColumns.columns(i));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
