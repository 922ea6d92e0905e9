package org.homecoming.kinship.mutation;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A square matrix of allele transition probabilities from a parent's allele (row) to the allele
 * the child receives (column); immutable, rows sum to one.
 *
 * <p>{@code MutationMatrix m = MutationMatrix.of(new double[][] {{0.9, 0.1}, {0.1, 0.9}}); m.get(0, 1)
 * == 0.1}
 *
 * <p>Rows must sum to one to within 5e-4 (Familias files round their matrices); entries are used
 * as given, not renormalised.
 */
public final class MutationMatrix implements Serializable {

    private static final double ROW_TOLERANCE = 5e-4;

    private final double[][] m;
    private final boolean identity;

    private MutationMatrix(double[][] m) {
        this.m = m;
        boolean id = true;
        for (int i = 0; i < m.length && id; i++) {
            for (int j = 0; j < m.length; j++) {
                if (m[i][j] != (i == j ? 1.0 : 0.0)) {
                    id = false;
                    break;
                }
            }
        }
        this.identity = id;
    }

    /** A validated copy of {@code m}: square, entries in [0, 1], rows summing to one. */
    public static MutationMatrix of(double[][] m) {
        int n = m.length;
        if (n == 0) {
            throw new IllegalArgumentException("mutation matrix must have at least one allele");
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (m[i].length != n) {
                throw new IllegalArgumentException("mutation matrix must be square: row " + i + " has "
                        + m[i].length + " entries, expected " + n);
            }
            copy[i] = m[i].clone();
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (!(copy[i][j] >= 0 && copy[i][j] <= 1)) {
                    throw new IllegalArgumentException("mutation matrix entry [" + i + "][" + j
                            + "] must be in [0, 1]: " + copy[i][j]);
                }
                sum += copy[i][j];
            }
            if (Math.abs(sum - 1) > ROW_TOLERANCE) {
                throw new IllegalArgumentException("mutation matrix row " + i + " must sum to 1: " + sum);
            }
        }
        return new MutationMatrix(copy);
    }

    /** The n×n identity: no mutation. */
    public static MutationMatrix identity(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("number of alleles must be positive: " + n);
        }
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return new MutationMatrix(m);
    }

    /** Probability that allele {@code from} in the parent is transmitted as allele {@code to}. */
    public double get(int from, int to) {
        return m[from][to];
    }

    public int size() {
        return m.length;
    }

    /** A copy of the matrix as an array of rows. */
    public double[][] toArray() {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }

    /** True when this is the identity matrix (no mutation possible). */
    public boolean isIdentity() {
        return identity;
    }

    /** True when {@code freqs}·M = {@code freqs} to within 1e-9 (allele frequencies are kept). */
    public boolean isStationary(double[] freqs) {
        if (freqs.length != m.length) {
            throw new IllegalArgumentException("frequencies must have " + m.length + " entries: " + freqs.length);
        }
        for (int j = 0; j < m.length; j++) {
            double s = 0;
            for (int i = 0; i < m.length; i++) {
                s += freqs[i] * m[i][j];
            }
            if (Math.abs(s - freqs[j]) > 1e-9) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the alleles {@code lumpIndices} can be merged into one without changing any
     * likelihood: every allele outside the lump, and every allele inside it, has the same total
     * probability of mutating into the lump (Kemeny–Snell row-sum criterion, as pedmut checks it).
     */
    public boolean isLumpable(int[] lumpIndices) {
        boolean[] in = new boolean[m.length];
        for (int k : lumpIndices) {
            if (k < 0 || k >= m.length) {
                throw new IllegalArgumentException("lump index out of range 0.." + (m.length - 1) + ": " + k);
            }
            in[k] = true;
        }
        if (lumpIndices.length < 2) {
            return true;
        }
        double[] intoLump = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            for (int k : lumpIndices) {
                intoLump[i] += m[i][k];
            }
        }
        double ref = intoLump[lumpIndices[0]];
        for (int k : lumpIndices) {
            if (Math.abs(intoLump[k] - ref) > 1e-12) {
                return false;
            }
        }
        // Outside alleles: the probability of mutating to each outside allele must not depend on
        // which lumped allele one starts from.
        for (int j = 0; j < m.length; j++) {
            if (!in[j]) {
                double r = m[lumpIndices[0]][j];
                for (int k : lumpIndices) {
                    if (Math.abs(m[k][j] - r) > 1e-12) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MutationMatrix other && Arrays.deepEquals(m, other.m);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(m);
    }

    @Override
    public String toString() {
        return "MutationMatrix" + Arrays.deepToString(m);
    }
}
