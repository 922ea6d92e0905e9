package org.homecoming.kinship.dvi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds undisputed matches step by step: in each step every entry of the pairwise matrix that
 * reaches the threshold and exceeds all others in its row and column by the threshold factor (or,
 * strict, leaves them all at most 1) is fixed; the matched victims join their families as
 * references and the matrix of what remains is computed again.
 */
final class UndisputedSearch {

    /** What the search leaves: the reduced state with LR-pruned candidates, and the matches. */
    record Outcome(DviState reduced, List<Identification> found) {
    }

    private static final double EPS = Math.sqrt(Math.ulp(1.0));

    /**
     * Relative tolerance for ties: a rival exactly LR / threshold (as the uninformative LR 1 often
     * is) disputes the match, as in dvir's published example2 at threshold 5; in strict mode a rival
     * of exactly 1 does not.
     */
    private static final double TIE = 1e-9;

    private UndisputedSearch() {
    }

    static Outcome run(DviState start, DviOptions o) {
        List<Identification> found = new ArrayList<>();
        DviState s = start;
        for (int step = 1; ; step++) {
            if (s.victims.isEmpty() || s.missing().isEmpty()) {
                return new Outcome(s, found);
            }
            double[][] lr = PairwiseCalculator.lrMatrix(s);
            List<String> missing = s.missing();
            Map<String, String> matched = new LinkedHashMap<>();
            for (int[] cell : jointlyPossible(s, lr, undisputed(lr, o.threshold(), o.strict()))) {
                String v = s.victims.get(cell[0]);
                String m = missing.get(cell[1]);
                matched.put(v, m);
                found.add(new Identification(v, m, s.familyOf(m).name(), lr[cell[0]][cell[1]], step));
            }
            if (matched.isEmpty()) {
                return new Outcome(s.withCandidates(pruned(s, lr, o.limit())), found);
            }
            s = s.identify(matched);
        }
    }

    /**
     * The undisputed entries that can be fixed together in one step. Each was judged on its own
     * pairwise LR; two victims of one family may each fit a missing person and yet be impossible
     * together (the family's likelihood with both placed is 0). Then only the family's strongest
     * entry is fixed in this step: the next step recomputes the others with it as a reference, so
     * fixing stays a way to prune and never fixes an impossible assignment.
     */
    private static List<int[]> jointlyPossible(DviState s, double[][] lr, List<int[]> cells) {
        List<String> missing = s.missing();
        Map<String, List<int[]>> byFamily = new LinkedHashMap<>();
        cells.forEach(c -> byFamily.computeIfAbsent(s.familyOf(missing.get(c[1])).name(), k -> new ArrayList<>()).add(c));
        List<int[]> keep = new ArrayList<>();
        for (int[] c : cells) {
            List<int[]> same = byFamily.get(s.familyOf(missing.get(c[1])).name());
            if (same.size() == 1 || together(s, same) || c == strongest(lr, same)) {
                keep.add(c);
            }
        }
        return keep;
    }

    private static boolean together(DviState s, List<int[]> cells) {
        Map<String, String> placed = new LinkedHashMap<>();
        cells.forEach(c -> placed.put(s.missing().get(c[1]), s.victims.get(c[0])));
        double ll = s.familyOf(s.missing().get(cells.get(0)[1])).logLikelihood(placed, s.profiles);
        return ll > Double.NEGATIVE_INFINITY;
    }

    private static int[] strongest(double[][] lr, List<int[]> cells) {
        int[] best = cells.get(0);
        for (int[] c : cells) {
            if (value(lr[c[0]][c[1]]) > value(lr[best[0]][best[1]])) {
                best = c;
            }
        }
        return best;
    }

    /** The state with LR-pruned candidates and nothing fixed: what an exact joint search enumerates. */
    static DviState unfixed(DviState start, DviOptions o) {
        return start.withCandidates(pruned(start, PairwiseCalculator.lrMatrix(start), o.limit()));
    }

    /** Row and column of each undisputed entry, column by column as dvir lists them; NaN counts as -1. */
    static List<int[]> undisputed(double[][] lr, double threshold, boolean strict) {
        List<int[]> out = new ArrayList<>();
        int rows = lr.length;
        int cols = rows == 0 ? 0 : lr[0].length;
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                double x = value(lr[i][j]);
                double bound = strict ? 1 + TIE : x / threshold * (1 - TIE);
                if (x >= threshold - EPS && othersAtMost(lr, i, j, bound)) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }

    private static boolean othersAtMost(double[][] lr, int i, int j, double bound) {
        for (int k = 0; k < lr[i].length; k++) {
            if (k != j && value(lr[i][k]) > bound) {
                return false;
            }
        }
        for (int k = 0; k < lr.length; k++) {
            if (k != i && value(lr[k][j]) > bound) {
                return false;
            }
        }
        return true;
    }

    private static double value(double x) {
        return Double.isNaN(x) ? -1 : x;
    }

    /** Candidates kept for the joint analysis: LR > 0, or LR at least the limit when one is set. */
    private static Map<String, List<String>> pruned(DviState s, double[][] lr, double limit) {
        List<String> missing = s.missing();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < s.victims.size(); i++) {
            List<String> keep = new ArrayList<>();
            for (int j = 0; j < missing.size(); j++) {
                double x = lr[i][j];
                if (!Double.isNaN(x) && (limit == 0 ? x > 0 : x >= limit)) {
                    keep.add(missing.get(j));
                }
            }
            out.put(s.victims.get(i), keep);
        }
        return out;
    }
}
