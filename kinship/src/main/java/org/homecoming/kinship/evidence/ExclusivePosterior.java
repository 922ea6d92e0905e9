package org.homecoming.kinship.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Posterior probabilities of remains × missing person pairs under exclusivity: each remains is at
 * most one person and each person at most one remains.
 *
 * <pre>{@code
 * List<PairPosterior> p = ExclusivePosterior.of(pairs, MatchingPrior.fromCounts(2000, 2500),
 *         ExclusivePosterior.Settings.defaults());
 * }</pre>
 *
 * <p>The pairs given are the edges of a bipartite graph; a pair not given has LR 0 (it is in no
 * assignment). An assignment's posterior weight is Π over its pairs of LR × prior pair odds
 * ({@link MatchingPrior}); the graph splits into connected components, which are independent.
 * Components with at most {@code exactLimit} assignments are enumerated (EXACT); larger ones are
 * Gibbs-sampled (GIBBS, {@code GibbsMatchings}), with a fixed seed so that a run is reproducible.
 */
public final class ExclusivePosterior {

    /**
     * @param exactLimit most assignments a component may have to be enumerated
     * @param burnIn Gibbs sweeps discarded
     * @param sweeps Gibbs sweeps averaged
     * @param seed the sampler's seed
     */
    public record Settings(long exactLimit, int burnIn, int sweeps, long seed) {

        public Settings {
            if (exactLimit < 1 || burnIn < 0 || sweeps < 1) {
                throw new IllegalArgumentException("exactLimit and sweeps must be >= 1, burnIn >= 0: "
                        + exactLimit + ", " + burnIn + ", " + sweeps);
            }
        }

        /** 10⁵ assignments enumerated at most; 500 + 5 000 sweeps; seed 1. */
        public static Settings defaults() {
            return new Settings(100_000, 500, 5_000, 1);
        }
    }

    private ExclusivePosterior() {
    }

    /** One posterior per pair, in the order given; a pair not given has LR 0. */
    public static List<PairPosterior> of(List<PairLr> pairs, MatchingPrior prior, Settings settings) {
        return of(pairs, prior, settings, Map.of());
    }

    /**
     * One posterior per pair, in the order given, when each remains may also be someone of the
     * registry the pairs do not name: {@code lnUnlisted} maps a remains to ln Σ LR over the missing
     * persons it is not paired with (absent: none of them counts). Those persons are not held
     * exclusively (each is one of many, and each pair's weight is small): the remains' weight of
     * holding none of the listed persons becomes 1 + prior pair odds × Σ LR, the "no one registered"
     * state plus "someone registered but unlisted".
     */
    public static List<PairPosterior> of(List<PairLr> pairs, MatchingPrior prior, Settings settings,
            Map<String, Double> lnUnlisted) {
        Map<String, Integer> remains = new LinkedHashMap<>();
        Map<String, Integer> missing = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (PairLr p : pairs) {
            if (!seen.add(p.remains() + "\u0000" + p.missing())) {
                throw new IllegalArgumentException("pair given twice: " + p.remains() + " × " + p.missing());
            }
            remains.putIfAbsent(p.remains(), remains.size());
            missing.putIfAbsent(p.missing(), missing.size());
        }
        int[] parent = new int[remains.size() + missing.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (PairLr p : pairs) {
            if (p.lnLr() > Double.NEGATIVE_INFINITY) {
                union(parent, remains.get(p.remains()), remains.size() + missing.get(p.missing()));
            }
        }
        Map<Integer, List<Integer>> components = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).lnLr() > Double.NEGATIVE_INFINITY) {
                components.computeIfAbsent(find(parent, remains.get(pairs.get(i).remains())), k -> new ArrayList<>()).add(i);
            }
        }
        PairPosterior[] out = new PairPosterior[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            out[i] = new PairPosterior(pairs.get(i).remains(), pairs.get(i).missing(), 0, PairPosterior.Method.EXACT);
        }
        SplittableRandom rng = new SplittableRandom(settings.seed());
        double lnOdds = prior.lnPairOdds();
        for (List<Integer> members : components.values()) {
            solve(pairs, members, lnOdds, lnUnlisted, settings, rng.split(), out);
        }
        return List.of(out);
    }

    private static void solve(List<PairLr> pairs, List<Integer> members, double lnOdds, Map<String, Double> lnUnlisted,
            Settings settings, SplittableRandom rng, PairPosterior[] out) {
        Map<String, Integer> r = new HashMap<>();
        Map<String, Integer> m = new HashMap<>();
        int n = members.size();
        int[] er = new int[n];
        int[] em = new int[n];
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            PairLr p = pairs.get(members.get(k));
            er[k] = r.computeIfAbsent(p.remains(), x -> r.size());
            em[k] = m.computeIfAbsent(p.missing(), x -> m.size());
            w[k] = p.lnLr() + lnOdds;
        }
        double[] free = new double[r.size()];
        r.forEach((id, k) -> free[k] = lnFree(lnOdds + lnUnlisted.getOrDefault(id, Double.NEGATIVE_INFINITY)));
        Component c = new Component(r.size(), m.size(), er, em, w, free);
        Optional<double[]> exact = ExactMatchings.posteriors(c, settings.exactLimit());
        double[] post = exact.orElseGet(() -> GibbsMatchings.posteriors(c, settings.burnIn(), settings.sweeps(), rng));
        PairPosterior.Method method = exact.isPresent() ? PairPosterior.Method.EXACT : PairPosterior.Method.GIBBS;
        for (int k = 0; k < n; k++) {
            PairLr p = pairs.get(members.get(k));
            out[members.get(k)] = new PairPosterior(p.remains(), p.missing(), Math.min(1, post[k]), method);
        }
    }

    /** ln(1 + e^x) without overflow. */
    static double lnFree(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
