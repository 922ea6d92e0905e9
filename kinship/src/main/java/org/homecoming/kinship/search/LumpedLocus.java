package org.homecoming.kinship.search;

import java.util.ArrayList;
import java.util.List;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationMatrix;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.pedigree.Pedigree;

/**
 * A locus whose alleles unseen in a family are merged into one, so that the core peels k+1 alleles
 * instead of n ({@link MarkerCompiler#compileLumped} reads the closed forms off the lumped result).
 *
 * <p>Exact when (both sexes) the mutation matrix is lumpable with respect to {seen alleles, the
 * rest} and the rest's share of each transition is proportional to the population frequencies: a
 * seen allele mutates into an unseen x with probability proportional to p_x, every unseen allele
 * mutates into a given seen allele with the same probability, and the frequency-weighted flow inside
 * the rest ends on x in proportion to p_x. Then, the data naming no unseen allele, the posterior of
 * an unseen allele is proportional to its frequency, and with no loops the missing person's two
 * unseen alleles are independent: {@code P(a/x) = P(a/rest)·p_x/U}, {@code P(x/y) = P(rest/rest)·2p_x
 * p_y/U²}, {@code P(x/x) = P(rest/rest)·p_x²/U²}, U the total frequency of the rest. No mutation and
 * the proportional model qualify; equal and stepwise models do not and are peeled in full.
 */
final class LumpedLocus {

    private static final String REST = "(unseen)";
    private static final double TOLERANCE = 1e-12;

    private final Locus lumped;
    private final int[] seenIndex;

    private LumpedLocus(Locus lumped, int[] seenIndex) {
        this.lumped = lumped;
        this.seenIndex = seenIndex;
    }

    Locus locus() {
        return lumped;
    }

    /** The seen alleles' indices in the full locus, increasing: lumped slot i is allele {@code seen()[i]}. */
    int[] seen() {
        return seenIndex.clone();
    }

    /** Lumps {@code locus} for a family that has seen {@code seen}; null when not exact or not worth it. */
    static LumpedLocus of(Locus locus, boolean[] seen, Pedigree pedigree) {
        int n = locus.alleleCount();
        List<Integer> in = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            (seen[a] ? in : out).add(a);
        }
        if (out.size() < 2 || pedigree.hasLoops()) {
            return null;
        }
        double[] p = locus.frequencies();
        MutationMatrix female = lump(locus.mutation().female(), p, in, out);
        MutationMatrix male = lump(locus.mutation().male(), p, in, out);
        if (female == null || male == null) {
            return null;
        }
        int k = in.size();
        List<String> labels = new ArrayList<>();
        double[] f = new double[k + 1];
        double rest = 0;
        for (int i = 0; i < k; i++) {
            labels.add(locus.alleles().get(in.get(i)));
            f[i] = p[in.get(i)];
        }
        for (int x : out) {
            rest += p[x];
        }
        labels.add(REST);
        // with no seen allele the rest is the whole table, whose sum can round just above 1
        f[k] = Math.min(1.0, rest);
        MutationModel m = locus.mutation().isTrivial() ? MutationModel.none(k + 1) : MutationModel.custom(female, male);
        Locus lumped = new Locus(locus.name(), labels, f, m, locus.chromosome());
        return new LumpedLocus(lumped, in.stream().mapToInt(Integer::intValue).toArray());
    }

    private static MutationMatrix lump(MutationMatrix m, double[] p, List<Integer> in, List<Integer> out) {
        int k = in.size();
        double rest = 0;
        for (int x : out) {
            rest += p[x];
        }
        double[][] l = new double[k + 1][k + 1];
        for (int i = 0; i < k; i++) {
            int s = in.get(i);
            double ratio = m.get(s, out.get(0)) / p[out.get(0)];
            double toRest = 0;
            for (int x : out) {
                if (!close(m.get(s, x) / p[x], ratio)) {
                    return null;
                }
                toRest += m.get(s, x);
            }
            for (int j = 0; j < k; j++) {
                l[i][j] = m.get(s, in.get(j));
            }
            l[i][k] = toRest;
        }
        double toSeen = 0;
        for (int j = 0; j < k; j++) {
            double first = m.get(out.get(0), in.get(j));
            for (int x : out) {
                if (!close(m.get(x, in.get(j)), first)) {
                    return null;
                }
            }
            l[k][j] = first;
            toSeen += first;
        }
        l[k][k] = 1 - toSeen;
        double flow = Double.NaN;
        for (int x : out) {
            double into = 0;
            for (int f : out) {
                into += p[f] * m.get(f, x);
            }
            if (Double.isNaN(flow)) {
                flow = into / p[x];
            } else if (!close(into / p[x], flow)) {
                return null;
            }
        }
        return MutationMatrix.of(l);
    }

    private static boolean close(double x, double y) {
        return Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
    }
}
