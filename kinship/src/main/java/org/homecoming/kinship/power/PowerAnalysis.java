package org.homecoming.kinship.power;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * How well a family's references can identify its missing person, before any remains are found:
 * exclusion power, the LR distribution if a victim truly is the missing person, and which untyped
 * relative would raise it most (after forrel's {@code missingPersonEP}, {@code missingPersonIP}
 * and {@code MPPsims}).
 *
 * <p>{@code PowerReport r = PowerAnalysis.run(family, references, loci, "MP", new
 * PowerOptions(7, 1000, 1e4));} then {@code r.baseline().probabilityAtLeastThreshold()} and {@code
 * r.candidates().get(0).person()}.
 *
 * <p>Simulation: for each of the {@code simulations} profiles and each marker, the missing
 * person's genotype g is drawn from P(g | refs) and the marker's LR is P(g | refs) / P<sub>pop</sub>(g)
 * (θ = 0, no dropout); the total LR is the product over markers. For a candidate R, R's genotype h
 * is drawn from P(h | refs) and then g from P(g | refs, h) (the same joint distribution as g first
 * and h given g, at half the cost); the LR is P(g | refs, h) / P<sub>pop</sub>(g). The uniform
 * numbers that pick the missing person's genotypes come from one stream seeded with {@code seed},
 * the same for the baseline and every candidate (common random numbers: a relative who tells
 * nothing about the missing person gets the baseline's victims exactly); those that pick R's
 * genotypes come from R's own stream. Mutation models
 * are switched off for markers whose references are compatible without them, as forrel does.
 */
public final class PowerAnalysis {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private PowerAnalysis() {
    }

    /** Power with every untyped person of the pedigree (other than the missing person) as a candidate. */
    public static PowerReport run(Pedigree pedigree, GenotypeTable references, List<Locus> loci, String missing,
            PowerOptions options) {
        check(pedigree, references, loci, missing);
        List<String> untyped = pedigree.ids().stream()
                .filter(id -> !id.equals(missing) && !references.isTyped(id)).toList();
        return run(pedigree, references, loci, missing, untyped, options);
    }

    /**
     * Power with only {@code candidates} simulated as the relative to type next: the living relatives
     * who could give a sample. A candidate's result is the same as in the run over every untyped
     * person (its random stream depends on its place in the pedigree, not in the list), so leaving
     * out the dead and the married-in costs nothing but their rows.
     */
    public static PowerReport run(Pedigree pedigree, GenotypeTable references, List<Locus> loci, String missing,
            List<String> candidates, PowerOptions options) {
        check(pedigree, references, loci, missing);
        checkCandidates(pedigree, references, missing, candidates);
        List<MarkerModel> models = new ArrayList<>();
        List<String> incompatible = new ArrayList<>();
        Map<String, Double> expected = new LinkedHashMap<>();
        for (Locus locus : loci) {
            Optional<MarkerModel> m = MarkerModel.of(pedigree, references, locus, missing);
            m.ifPresentOrElse(models::add, () -> incompatible.add(locus.name()));
            expected.put(locus.name(), m.map(MarkerModel::expectedLog10Lr).orElse(Double.NaN));
        }
        ExclusionPowerResult exclusion = ExclusionPower.of(pedigree, references, loci, List.of(missing));
        List<MarkerPower> markers = new ArrayList<>();
        for (Locus locus : loci) {
            markers.add(new MarkerPower(locus.name(), exclusion.perMarker().get(locus.name()), expected.get(locus.name())));
        }
        double expectedTotal = models.stream().mapToDouble(MarkerModel::expectedLog10Lr).sum();
        LrDistribution baseline = simulateBaseline(models, options);
        List<CandidateReference> ranked = rankCandidates(pedigree, references, missing, candidates, models, baseline,
                options);
        return new PowerReport(missing, options, markers, exclusion, expectedTotal, baseline, ranked, incompatible);
    }

    private static LrDistribution simulateBaseline(List<MarkerModel> models, PowerOptions options) {
        SplittableRandom victims = new SplittableRandom(options.seed());
        double[] totals = new double[options.simulations()];
        for (int s = 0; s < totals.length; s++) {
            for (MarkerModel m : models) {
                totals[s] += m.log10Lr(m.sampleMissing(victims));
            }
        }
        return LrDistribution.of(totals, options.threshold());
    }

    private static LrDistribution simulateWith(List<MarkerModel> models, String relative, long stream,
            PowerOptions options) {
        List<MarkerModel.Candidate> prepared = models.stream().map(m -> m.candidate(relative)).toList();
        SplittableRandom victims = new SplittableRandom(options.seed());
        SplittableRandom relatives = new SplittableRandom(options.seed() + GOLDEN * stream);
        double[] totals = new double[options.simulations()];
        for (int s = 0; s < totals.length; s++) {
            for (MarkerModel.Candidate c : prepared) {
                totals[s] += c.sampleLog10Lr(victims, relatives);
            }
        }
        return LrDistribution.of(totals, options.threshold());
    }

    private static List<CandidateReference> rankCandidates(Pedigree pedigree, GenotypeTable references, String missing,
            List<String> untyped, List<MarkerModel> models, LrDistribution baseline, PowerOptions options) {
        // Candidates are independent (own streams, own caches), so they run in parallel and the
        // result does not depend on scheduling.
        List<LrDistribution> simulated = IntStream.range(0, untyped.size()).parallel()
                .mapToObj(i -> independent(pedigree, references, missing, untyped.get(i)) ? baseline
                        : simulateWith(models, untyped.get(i), pedigree.indexOf(untyped.get(i)) + 1, options))
                .toList();
        Map<String, LrDistribution> byPerson = new LinkedHashMap<>();
        for (int i = 0; i < untyped.size(); i++) {
            byPerson.put(untyped.get(i), simulated.get(i));
        }
        List<String> byProbability = new ArrayList<>(byPerson.keySet());
        byProbability.sort(Comparator.comparingDouble((String id) -> -byPerson.get(id).probabilityAtLeastThreshold())
                .thenComparingDouble(id -> -byPerson.get(id).meanLog10Lr()));
        List<String> byMean = new ArrayList<>(byPerson.keySet());
        byMean.sort(Comparator.comparingDouble((String id) -> -byPerson.get(id).meanLog10Lr()));
        List<CandidateReference> out = new ArrayList<>();
        for (int i = 0; i < byMean.size(); i++) {
            String id = byMean.get(i);
            out.add(new CandidateReference(id, byPerson.get(id), i + 1, byProbability.indexOf(id) + 1));
        }
        return out;
    }

    /**
     * Whether typing {@code relative} cannot change the missing person's distribution: a founder none
     * of whose descendants is typed or is the missing person (a spouse married in, with no typed
     * child). Summing out the untyped descendants leaves the founder unconnected, so P(g | refs, h)
     * = P(g | refs) for every h and the candidate's LRs are the baseline's exactly; no need to simulate.
     */
    static boolean independent(Pedigree pedigree, GenotypeTable references, String missing, String relative) {
        if (!pedigree.isFounder(pedigree.indexOf(relative))) {
            return false;
        }
        Deque<String> todo = new ArrayDeque<>(pedigree.children(relative));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String d = todo.pop();
            if (seen.add(d)) {
                if (d.equals(missing) || references.isTyped(d)) {
                    return false;
                }
                todo.addAll(pedigree.children(d));
            }
        }
        return true;
    }

    private static void checkCandidates(Pedigree pedigree, GenotypeTable references, String missing,
            List<String> candidates) {
        if (candidates.stream().distinct().count() != candidates.size()) {
            throw new IllegalArgumentException("candidates must not repeat a person: " + candidates);
        }
        for (String c : candidates) {
            if (!pedigree.contains(c)) {
                throw new IllegalArgumentException("candidate is not in the pedigree: " + c);
            }
            if (c.equals(missing) || references.isTyped(c)) {
                throw new IllegalArgumentException("candidate " + c + " must be an untyped relative, not "
                        + (c.equals(missing) ? "the missing person" : "a reference"));
            }
        }
    }

    private static void check(Pedigree pedigree, GenotypeTable references, List<Locus> loci, String missing) {
        if (!pedigree.contains(missing)) {
            throw new IllegalArgumentException("missing person is not in the pedigree: " + missing);
        }
        if (references.isTyped(missing)) {
            throw new IllegalArgumentException("missing person " + missing
                    + " is already typed; power is computed from the references alone");
        }
        if (loci.isEmpty()) {
            throw new IllegalArgumentException("loci must not be empty");
        }
    }
}
