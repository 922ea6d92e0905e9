package org.homecoming.kinship.likelihood;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact sum–product over a set of factors by eliminating variables one at a time, cheapest first
 * (the size of the table each elimination creates), and all at once when the remaining
 * variables have at most {@link #SMALL_JOINT} joint values. Works on any graph, loops included; its
 * cost grows with the largest table created, which is bounded by {@link #MAX_TABLE}.
 */
final class VariableElimination {

    /** The largest intermediate table allowed before giving up (entries). */
    static final long MAX_TABLE = 50_000_000L;

    /**
     * Joint values of the remaining variables up to which they are multiplied out at once instead
     * of eliminated one by one: below this the search for an order costs more than it saves.
     */
    static final long SMALL_JOINT = 64;

    private VariableElimination() {
    }

    /** The sum over all variables of the product of {@code factors}. */
    static double sum(List<Factor> factors, int[] domain) {
        Factor f = eliminateAllBut(factors, domain, new boolean[domain.length]);
        return f.table[0];
    }

    /**
     * Eliminates every variable not marked in {@code keep}; returns the product of what remains, a
     * factor over the kept variables (in the order its variables list).
     */
    static Factor eliminateAllBut(List<Factor> factors, int[] domain, boolean[] keep) {
        List<Factor> fs = new ArrayList<>(factors);
        int words = (domain.length + 63) >>> 6;
        // Each factor's variables as a bit set, kept beside fs: the search below only ORs them.
        List<long[]> masks = new ArrayList<>(fs.size() + domain.length);
        for (Factor f : fs) {
            masks.add(mask(f.vars, words));
        }
        long[] done = new long[words];
        for (int v = 0; v < domain.length; v++) {
            if (keep[v]) {
                done[v >>> 6] |= 1L << v;
            }
        }
        long[] scope = new long[words];
        while (true) {
            if (jointSize(masks, domain, scope) <= SMALL_JOINT) {
                // What is left is small: one product over all of it, then sums, with no order to search.
                return sumOnto(combine(fs, -1, domain), keep, domain);
            }
            int best = -1;
            long bestCost = Long.MAX_VALUE;
            int bestWidth = Integer.MAX_VALUE;
            for (int v = 0; v < domain.length; v++) {
                int word = v >>> 6;
                long bit = 1L << v;
                if ((done[word] & bit) != 0) {
                    continue;
                }
                Arrays.fill(scope, 0);
                boolean present = false;
                for (int i = 0; i < masks.size(); i++) {
                    long[] m = masks.get(i);
                    if ((m[word] & bit) != 0) {
                        present = true;
                        for (int w = 0; w < words; w++) {
                            scope[w] |= m[w];
                        }
                    }
                }
                if (!present) {
                    continue;
                }
                long cost = 1;
                int width = 0;
                for (int w = 0; w < words; w++) {
                    for (long bits = scope[w]; bits != 0; bits &= bits - 1) {
                        int var = (w << 6) + Long.numberOfTrailingZeros(bits);
                        cost = Math.min(cost * domain[var], Long.MAX_VALUE / 1024);
                        width++;
                    }
                }
                if (cost < bestCost || (cost == bestCost && width < bestWidth)) {
                    best = v;
                    bestCost = cost;
                    bestWidth = width;
                }
            }
            if (best < 0) {
                break;
            }
            if (bestCost > MAX_TABLE) {
                throw new IllegalArgumentException("pedigree too complex for exact computation: an "
                        + "elimination step needs a table of " + bestCost + " entries (limit " + MAX_TABLE
                        + "); loops through many untyped persons are the usual cause");
            }
            List<Factor> with = new ArrayList<>();
            int word = best >>> 6;
            long bit = 1L << best;
            for (int i = fs.size() - 1; i >= 0; i--) {
                if ((masks.get(i)[word] & bit) != 0) {
                    with.add(0, fs.remove(i));
                    masks.remove(i);
                }
            }
            Factor combined = combine(with, best, domain);
            fs.add(combined);
            masks.add(mask(combined.vars, words));
            done[word] |= bit;
        }
        return combine(fs, -1, domain);
    }

    /** The number of joint values of all variables the factors hold ({@code scope} is scratch). */
    private static long jointSize(List<long[]> masks, int[] domain, long[] scope) {
        Arrays.fill(scope, 0);
        for (int i = 0; i < masks.size(); i++) {
            long[] m = masks.get(i);
            for (int w = 0; w < scope.length; w++) {
                scope[w] |= m[w];
            }
        }
        long size = 1;
        for (int w = 0; w < scope.length; w++) {
            for (long bits = scope[w]; bits != 0; bits &= bits - 1) {
                size *= domain[(w << 6) + Long.numberOfTrailingZeros(bits)];
                if (size > SMALL_JOINT) {
                    return size;
                }
            }
        }
        return size;
    }

    /** {@code f} summed over every variable not marked in {@code keep}; the kept ones stay in f's order. */
    static Factor sumOnto(Factor f, boolean[] keep, int[] domain) {
        int m = f.vars.length;
        int kept = 0;
        for (int v : f.vars) {
            if (keep[v]) {
                kept++;
            }
        }
        int[] vars = new int[kept];
        int[] stride = new int[m];
        int size = 1;
        for (int i = m - 1, j = kept - 1; i >= 0; i--) {
            if (keep[f.vars[i]]) {
                vars[j--] = f.vars[i];
                stride[i] = size;
                size *= domain[f.vars[i]];
            }
        }
        double[] out = new double[size];
        int[] value = new int[m];
        int at = 0;
        for (double x : f.table) {
            out[at] += x;
            for (int i = m - 1; i >= 0; i--) {
                at += stride[i];
                if (++value[i] < domain[f.vars[i]]) {
                    break;
                }
                at -= stride[i] * value[i];
                value[i] = 0;
            }
        }
        return new Factor(vars, out);
    }

    private static long[] mask(int[] vars, int words) {
        long[] m = new long[words];
        for (int v : vars) {
            m[v >>> 6] |= 1L << v;
        }
        return m;
    }

    /** The product of {@code fs}, summed over {@code v} (no summation when v is -1). */
    static Factor combine(List<Factor> fs, int v, int[] domain) {
        int nf = fs.size();
        int[] scope = scopeOf(fs, v, domain.length);
        int m = scope.length;
        int[][] strideIn = new int[nf][m];
        int[] strideV = new int[nf];
        int size = 1;
        for (int w : scope) {
            size *= domain[w];
        }
        for (int k = 0; k < nf; k++) {
            Factor f = fs.get(k);
            int stride = 1;
            for (int j = f.vars.length - 1; j >= 0; j--) {
                int var = f.vars[j];
                if (var == v) {
                    strideV[k] = stride;
                } else {
                    strideIn[k][Arrays.binarySearch(scope, var)] = stride;
                }
                stride *= domain[var];
            }
        }
        int dv = v < 0 ? 1 : domain[v];
        double[] out = new double[size];
        int[] counter = new int[m];
        int[] base = new int[nf];
        double[][] tables = new double[nf][];
        for (int k = 0; k < nf; k++) {
            tables[k] = fs.get(k).table;
        }
        for (int o = 0; o < size; o++) {
            double s = 0;
            for (int x = 0; x < dv; x++) {
                double p = 1;
                for (int k = 0; k < nf && p != 0; k++) {
                    p *= tables[k][base[k] + x * strideV[k]];
                }
                s += p;
            }
            out[o] = s;
            for (int j = m - 1; j >= 0; j--) {
                counter[j]++;
                for (int k = 0; k < nf; k++) {
                    base[k] += strideIn[k][j];
                }
                if (counter[j] < domain[scope[j]]) {
                    break;
                }
                for (int k = 0; k < nf; k++) {
                    base[k] -= strideIn[k][j] * domain[scope[j]];
                }
                counter[j] = 0;
            }
        }
        return new Factor(scope, out);
    }

    private static int[] scopeOf(List<Factor> fs, int v, int nVars) {
        boolean[] in = new boolean[nVars];
        for (Factor f : fs) {
            for (int w : f.vars) {
                in[w] = true;
            }
        }
        if (v >= 0) {
            in[v] = false;
        }
        int c = 0;
        for (boolean b : in) {
            if (b) {
                c++;
            }
        }
        int[] scope = new int[c];
        c = 0;
        for (int w = 0; w < nVars; w++) {
            if (in[w]) {
                scope[c++] = w;
            }
        }
        return scope;
    }
}
