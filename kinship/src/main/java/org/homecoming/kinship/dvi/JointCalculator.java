package org.homecoming.kinship.dvi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Enumerates the joint assignments of what the undisputed search left open (each victim to one of
 * its candidates or to nobody, no missing person twice) and scores them: the victims placed in
 * their families, the others unrelated, the families peeled once per distinct placement.
 *
 * <p>The LR of an assignment is against "nobody identified" on the whole problem. With matches
 * fixed, the families of the open problem hold the fixed victims as references, so an assignment's
 * full log-likelihood is its open log-likelihood plus what left the open problem (families with
 * nobody left missing, victims with no candidate left), a constant: LR = L_open(a) / L_open(null)
 * × L(fixed matches alone) / L(nobody identified), the second factor scored with every family's
 * fixed victims placed together — not the product of the matches' pairwise LRs, which treats two
 * matches fixed in one family in the same step as independent.
 */
final class JointCalculator {

    private JointCalculator() {
    }

    static JointResult run(DviProblem problem, DviState full, UndisputedSearch.Outcome outcome) {
        List<String> victims = problem.victimIds();
        List<Identification> fixed = outcome.found();
        int n = fixed.size();
        if (n > 0 && (n == victims.size() || n == problem.missing().size())) {
            return allFixed(problem, full, fixed);
        }
        DviState s = outcome.reduced();
        List<int[]> rows = enumerate(s, problem.options().maxAssignments());
        List<String> missing = s.missing();
        double[] ll = IntStream.range(0, rows.size()).parallel()
                .mapToDouble(k -> logLikelihood(s, missing, rows.get(k))).toArray();
        double ll0 = s.nullLogLikelihood();
        double fixedLogLr = fixed.isEmpty() ? 0
                : logLikelihood(full, full.missing(), row(full, fixed)) - full.nullLogLikelihood();
        double max = Arrays.stream(ll).max().orElse(ll0);
        double sum = Arrays.stream(ll).map(x -> Math.exp(x - max)).sum();
        Map<String, String> fixedMap = new HashMap<>();
        fixed.forEach(id -> fixedMap.put(id.victim(), id.missing()));
        List<JointAssignment> out = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            List<String> values = new ArrayList<>();
            for (String v : victims) {
                int i = s.victims.indexOf(v);
                values.add(i >= 0 && rows.get(k)[i] >= 0 ? missing.get(rows.get(k)[i])
                        : fixedMap.getOrDefault(v, DviProblem.NOT_IDENTIFIED));
            }
            out.add(new JointAssignment(victims, values, ll[k], Math.exp(ll[k] - ll0 + fixedLogLr),
                    Math.exp(ll[k] - max) / sum));
        }
        out.sort(ORDER);
        return new JointResult(victims, problem.missing(), out, fixed);
    }

    /** Every victim or every missing person matched: the one assignment, scored on the full problem. */
    private static JointResult allFixed(DviProblem problem, DviState full, List<Identification> fixed) {
        List<String> missing = full.missing();
        int[] row = row(full, fixed);
        List<String> values = new ArrayList<>();
        for (int i : row) {
            values.add(i < 0 ? DviProblem.NOT_IDENTIFIED : missing.get(i));
        }
        double ll = logLikelihood(full, missing, row);
        double lr = Math.exp(ll - full.nullLogLikelihood());
        JointAssignment a = new JointAssignment(problem.victimIds(), values, ll, lr, 1);
        return new JointResult(problem.victimIds(), problem.missing(), List.of(a), fixed);
    }

    /** The row of the full state placing exactly the fixed matches. */
    private static int[] row(DviState full, List<Identification> fixed) {
        Map<String, String> byVictim = new HashMap<>();
        fixed.forEach(id -> byVictim.put(id.victim(), id.missing()));
        List<String> missing = full.missing();
        int[] row = new int[full.victims.size()];
        for (int i = 0; i < row.length; i++) {
            String m = byVictim.get(full.victims.get(i));
            row[i] = m == null ? -1 : missing.indexOf(m);
        }
        return row;
    }

    /** The number of candidate assignments of the state, counted up to max + 1. */
    static long count(DviState s, long max) {
        List<String> missing = s.missing();
        int[][] choices = choices(s, missing);
        return count(choices, 0, new boolean[missing.size()], max + 1);
    }

    private static long count(int[][] choices, int i, boolean[] used, long cap) {
        if (i == choices.length) {
            return 1;
        }
        long n = count(choices, i + 1, used, cap);
        for (int j : choices[i]) {
            if (n >= cap) {
                return cap;
            }
            if (!used[j]) {
                used[j] = true;
                n += count(choices, i + 1, used, cap - n);
                used[j] = false;
            }
        }
        return Math.min(n, cap);
    }

    private static int[][] choices(DviState s, List<String> missing) {
        int[][] choices = new int[s.victims.size()][];
        for (int i = 0; i < choices.length; i++) {
            choices[i] = s.candidates.get(s.victims.get(i)).stream().mapToInt(missing::indexOf).toArray();
        }
        return choices;
    }

    /** Rows of missing-person indices (-1 = not identified) per open victim; refuses above max. */
    static List<int[]> enumerate(DviState s, long max) {
        List<String> missing = s.missing();
        int[][] choices = choices(s, missing);
        List<int[]> rows = new ArrayList<>();
        fill(choices, 0, new int[choices.length], new boolean[missing.size()], rows, max);
        return rows;
    }

    private static void fill(int[][] choices, int i, int[] row, boolean[] used, List<int[]> rows, long max) {
        if (i == choices.length) {
            if (rows.size() >= max) {
                throw new IllegalArgumentException("joint analysis refused: more than " + max
                        + " candidate assignments (maxAssignments); raise the maximum, set a pairwise LR limit,"
                        + " or lower the threshold so that more matches are fixed as undisputed");
            }
            rows.add(row.clone());
            return;
        }
        row[i] = -1;
        fill(choices, i + 1, row, used, rows, max);
        for (int j : choices[i]) {
            if (!used[j]) {
                used[j] = true;
                row[i] = j;
                fill(choices, i + 1, row, used, rows, max);
                used[j] = false;
            }
        }
    }

    static double logLikelihood(DviState s, List<String> missing, int[] row) {
        double sum = 0;
        Map<FamilyModel, Map<String, String>> placed = new HashMap<>();
        for (int i = 0; i < row.length; i++) {
            String v = s.victims.get(i);
            if (row[i] < 0) {
                sum += s.profiles.logLikelihood(v);
            } else {
                String m = missing.get(row[i]);
                placed.computeIfAbsent(s.familyOf(m), f -> new HashMap<>()).put(m, v);
            }
        }
        for (FamilyModel f : s.families) {
            sum += f.logLikelihood(placed.getOrDefault(f, Map.of()), s.profiles);
        }
        return sum;
    }

    /** Highest log-likelihood (to 10 decimals, as dvir rounds) first, then alphabetical, "*" last. */
    static final Comparator<JointAssignment> ORDER = Comparator
            .comparingDouble((JointAssignment a) -> -Math.rint(a.logLikelihood() * 1e10) / 1e10)
            .thenComparing(JointAssignment::values, JointCalculator::compareValues);

    private static int compareValues(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (!x.equals(y)) {
                boolean xs = x.equals(DviProblem.NOT_IDENTIFIED);
                boolean ys = y.equals(DviProblem.NOT_IDENTIFIED);
                return xs ? 1 : ys ? -1 : x.compareTo(y);
            }
        }
        return 0;
    }
}
