package org.homecoming.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.homecoming.kinship.evidence.CombinedPair;
import org.homecoming.kinship.evidence.ContextEvidence;
import org.homecoming.kinship.evidence.ContextFactors;
import org.homecoming.kinship.evidence.ContextModel;
import org.homecoming.kinship.evidence.Displacement;
import org.homecoming.kinship.evidence.DisplacementFit;
import org.homecoming.kinship.evidence.EvidenceSet;
import org.homecoming.kinship.evidence.ExclusivePosterior;
import org.homecoming.kinship.evidence.IdentificationFigures;
import org.homecoming.kinship.evidence.MatchingPrior;
import org.homecoming.kinship.evidence.PairEvidence;
import org.homecoming.kinship.evidence.PairPosterior;
import org.homecoming.kinship.evidence.Unlisted;
import org.homecoming.kinship.evidence.UnlistedPairs;
import org.homecoming.kinship.search.Candidate;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchFamily;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.programme.io.ContextReader;

/**
 * What {@code homecoming match} adds to the autosomal search: each reported pair's lineage, context
 * and combined LRs and its exclusivity posterior, and the identification figures per kind of evidence.
 *
 * <p>{@code MatchEvidence.of(input, in, index, reported, EvidenceSet.ALL).columns(0)}
 */
final class MatchEvidence {

    /** Columns appended to {@link MatchCommand#HEADER}. */
    static final String HEADER = "lineage_lr,context_lr,combined_lr,posterior";
    static final double POSTERIOR_CUT = 0.99;
    /** Unlisted persons per remains, strongest by autosomal × context LR, compared for the graph. */
    static final int SCANNED_CANDIDATES = 10;
    /** Least weight (combined LR × prior pair odds) of a scanned pair for it to join the graph. */
    static final double GRAPH_WEIGHT = 1;
    /** EM steps of the displacement fit (it settles within a few dozen). */
    static final int FIT_ITERATIONS = 200;

    private final List<Candidate> rows;
    private final int added;
    private final List<PairEvidence> pairs;
    private final boolean hasContext;
    private final MatchingPrior prior;
    private final EvidenceSet chosen;
    private final Optional<Displacement> displacement;
    private final Map<String, Unlisted> unlisted;
    private final Map<EvidenceSet, List<CombinedPair>> scored = new EnumMap<>(EvidenceSet.class);

    private MatchEvidence(List<Candidate> rows, int added, List<PairEvidence> pairs, boolean hasContext, MatchingPrior prior,
            EvidenceSet chosen, Optional<Displacement> displacement, Map<String, Unlisted> unlisted) {
        this.rows = rows;
        this.added = added;
        this.pairs = pairs;
        this.hasContext = hasContext;
        this.prior = prior;
        this.chosen = chosen;
        this.displacement = displacement;
        this.unlisted = unlisted;
    }

    /**
     * The evidence of the reported {@code reported} pairs; a programme directory gives context, a .fam
     * file none. When the chosen evidence includes the context, the strongest unlisted pairs of the
     * scan may join ({@link #withScanned}); every remains' unlisted persons are summed.
     */
    static MatchEvidence of(Path input, MatchInput in, SearchIndex index, List<Candidate> reported, EvidenceSet chosen) {
        boolean programme = Files.isDirectory(input);
        Set<String> missing = new HashSet<>();
        in.families().forEach(f -> missing.add(f.missing()));
        var records = programme ? ContextReader.read(input) : null;
        ContextEvidence context = programme ? records.evidence(ContextModel.defaults()) : ContextEvidence.none();
        int registered = programme ? Math.max(context.missingCount(), missing.size()) : missing.size();
        MatchingPrior prior = MatchingPrior.fromCounts(Math.max(1, in.remains().size()), Math.max(1, registered));
        Optional<Displacement> fitted = Optional.empty();
        if (programme && chosen.context()) {
            fitted = Optional.of(fitDisplacement(reported, context, prior));
            context = records.evidence(ContextModel.defaults().withDisplacement(fitted.get()));
        }
        Map<String, Set<String>> listed = new HashMap<>();
        reported.forEach(c -> listed.computeIfAbsent(c.remains(), k -> new HashSet<>()).add(c.missing()));
        UnlistedPairs.Scan scan = UnlistedPairs.scan(index, in.remains(), context, listed,
                programme && chosen.context() ? SCANNED_CANDIDATES : 0);
        Map<String, Unlisted> unlisted = new HashMap<>(scan.unlisted());
        double lnLeast = Math.log(GRAPH_WEIGHT) - prior.lnPairOdds();
        List<Candidate> rows = withScanned(in, index, reported, context, scan, unlisted, lnLeast, chosen);
        ContextEvidence used = context;
        List<PairEvidence> pairs = rows.stream().map(c -> PairEvidence.of(c, used.factors(c.remains(), c.missing()))).toList();
        return new MatchEvidence(rows, rows.size() - reported.size(), pairs, programme, prior, chosen, fitted, unlisted);
    }

    /**
     * The displacement mixture fitted by EM to the pairs the DNA alone (autosomal and lineage)
     * identifies at posterior ≥ {@value #POSTERIOR_CUT}: chosen without the place, they are a fair
     * sample of how far remains lie from their loss places.
     */
    private static Displacement fitDisplacement(List<Candidate> reported, ContextEvidence context, MatchingPrior prior) {
        List<PairEvidence> dna = reported.stream().map(c -> PairEvidence.of(c, ContextFactors.NONE)).toList();
        List<Displacement.Observation> anchors = new ArrayList<>();
        for (CombinedPair p : CombinedPair.score(dna, EvidenceSet.WITH_LINEAGE, prior, ExclusivePosterior.Settings.defaults())) {
            if (p.posterior().posterior() >= POSTERIOR_CUT) {
                context.displacement(p.remains(), p.missing()).ifPresent(anchors::add);
            }
        }
        return DisplacementFit.fit(anchors, Displacement.defaults(), FIT_ITERATIONS);
    }

    /**
     * {@code reported} and, per remains, those of the scan's strongest unlisted persons whose weight
     * with all the chosen evidence (lineage compared now) is at least {@value #GRAPH_WEIGHT}: they
     * leave the unlisted sums, as does an exclusion. Sorted by remains, then best autosomal LR first.
     */
    private static List<Candidate> withScanned(MatchInput in, SearchIndex index, List<Candidate> reported,
            ContextEvidence context, UnlistedPairs.Scan scan, Map<String, Unlisted> unlisted, double lnLeast,
            EvidenceSet chosen) {
        Map<String, Integer> entry = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            entry.put(index.missing(i), i);
        }
        Map<String, SearchFamily> family = new HashMap<>();
        in.families().forEach(f -> family.put(f.missing(), f));
        List<Candidate> out = new ArrayList<>(reported);
        for (RemainsProfile v : in.remains()) {
            for (String m : scan.strongest().getOrDefault(v.id(), List.of())) {
                Candidate bare = index.compare(v, entry.get(m));
                Candidate c = bare.withLineage(in.lineage().compare(bare, family.get(m)));
                ContextFactors f = context.factors(v.id(), m);
                double ln = PairEvidence.of(c, f).lnLr(chosen);
                if (ln >= lnLeast || ln == Double.NEGATIVE_INFINITY) {
                    unlisted.computeIfPresent(v.id(), (k, u) -> u.without(c.lr(), c.lr() * f.lr()));
                }
                if (ln >= lnLeast) {
                    out.add(c);
                }
            }
        }
        out.sort(Comparator.comparing(Candidate::remains).thenComparing(Candidate.BEST_FIRST));
        return List.copyOf(out);
    }

    /** The pairs reported in the CSV, in order: the search's, and the context candidates when the context is used. */
    List<Candidate> rows() {
        return rows;
    }

    /** The scored pairs of {@code set}, computed once. */
    private List<CombinedPair> scored(EvidenceSet set) {
        return scored.computeIfAbsent(set, s -> CombinedPair.score(pairs, s, prior, ExclusivePosterior.Settings.defaults(),
                unlisted));
    }

    /** Appended CSV fields of the i-th reported row under the chosen evidence. */
    String columns(int i) {
        CombinedPair p = scored(chosen).get(i);
        PairEvidence e = p.evidence();
        String lineage = chosen.lineage() && e.lnLineage().isPresent() ? Double.toString(Math.exp(e.lnLineage().getAsDouble())) : "";
        String context = chosen.context() && hasContext ? Double.toString(e.context().lr()) : "";
        return String.join(",", lineage, context, Double.toString(Math.exp(p.lnLr())),
                Double.toString(p.posterior().posterior()));
    }

    /** The prior and how the chosen evidence's posteriors were computed. */
    void printPosterior(PrintWriter o) {
        displacement.ifPresent(d -> o.printf(Locale.ROOT, "displacement fitted to the pairs DNA alone identifies: local %.3g km, "
                + "regional %.3g km; field remains %.2f local, %.2f regional, %.2f far; cemetery remains %.2f, %.2f, %.2f%n",
                d.localMetres() / 1000, d.regionalMetres() / 1000, d.field().local(), d.field().regional(), d.field().far(),
                d.cemetery().local(), d.cemetery().regional(), d.cemetery().far()));
        if (added > 0) {
            o.printf(Locale.ROOT, "evidence: %d pairs added to the search's: among each remains' %d strongest by autosomal x context LR, "
                    + "those of weight (combined LR x prior pair odds) >= %s%n", added, SCANNED_CANDIDATES,
                    MatchCommand.number(GRAPH_WEIGHT));
        }
        long gibbs = scored(chosen).stream().filter(p -> p.posterior().method() == PairPosterior.Method.GIBBS).count();
        o.printf(Locale.ROOT, "posterior (%s evidence): prior p = %.3g that a missing person is among the %d remains "
                + "(per pair %.3g); %d pairs exact, %d by Gibbs sampling%n", chosen.label(), prior.pRecovered(),
                prior.remains(), prior.perPair(), pairs.size() - gibbs, gibbs);
    }

    /**
     * Each context factor on its own, over the pairs identified at posterior ≥ {@value #POSTERIOR_CUT}:
     * its median, and how many pairs it favoured (factor > 1) or weighed against (< 1).
     */
    void printContextFactors(PrintWriter o) {
        if (!hasContext || !chosen.context()) {
            return;
        }
        List<ContextFactors> ids = scored(chosen).stream().filter(p -> p.posterior().posterior() >= POSTERIOR_CUT)
                .map(p -> p.evidence().context()).toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<String, ToDoubleFunction<ContextFactors>> factors = new LinkedHashMap<>();
        factors.put("distance", ContextFactors::distance);
        factors.put("age", ContextFactors::age);
        factors.put("sex", ContextFactors::sex);
        factors.put("artifact", ContextFactors::artifact);
        StringBuilder line = new StringBuilder("context factors of the " + ids.size() + " identifications at posterior >= "
                + POSTERIOR_CUT + ":");
        factors.forEach((name, f) -> {
            double[] v = ids.stream().mapToDouble(f).sorted().toArray();
            long up = Arrays.stream(v).filter(x -> x > 1).count();
            long down = Arrays.stream(v).filter(x -> x < 1).count();
            line.append(String.format(Locale.ROOT, " %s median %.3g (%d for, %d against);", name, v[v.length / 2], up, down));
        });
        line.setLength(line.length() - 1);
        o.println(line);
    }

    /** Per evidence set up to the chosen one and per operating point: identifications against the truth. */
    void printFigures(PrintWriter o, Map<String, String> truth, List<SearchFamily> families, double threshold) {
        Set<String> indexed = new HashSet<>();
        families.forEach(f -> indexed.add(f.missing()));
        List<EvidenceSet> sets = chosen == EvidenceSet.ALL ? List.of(EvidenceSet.values()) : List.of(chosen);
        double lnThreshold = Math.log(threshold);
        for (EvidenceSet s : sets) {
            List<CombinedPair> ps = scored(s);
            print(o, s, "combined LR >= " + MatchCommand.number(threshold), figures(ps, p -> p.lnLr() >= lnThreshold, truth, indexed));
            print(o, s, "posterior >= " + POSTERIOR_CUT, figures(ps, p -> p.posterior().posterior() >= POSTERIOR_CUT, truth, indexed));
        }
    }

    private static IdentificationFigures figures(List<CombinedPair> ps, Predicate<CombinedPair> accept,
            Map<String, String> truth, Set<String> indexed) {
        return IdentificationFigures.of(new ArrayList<>(ps), accept, truth, indexed);
    }

    private static void print(PrintWriter o, EvidenceSet s, String point, IdentificationFigures f) {
        o.printf(Locale.ROOT, "evidence %-9s %-22s %d identifications: %d true, %d false; named %d of %d identifiable "
                + "remains (%.1f%%)%n", s.label(), point + ":", f.identifications(), f.correct(), f.wrong(), f.named(),
                f.identifiable(), 100 * f.namedShare());
    }
}
