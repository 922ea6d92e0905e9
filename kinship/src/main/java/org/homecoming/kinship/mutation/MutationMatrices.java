package org.homecoming.kinship.mutation;

import java.util.List;

/** Builders of pedmut's parametric mutation matrices. */
final class MutationMatrices {

    private MutationMatrices() {
    }

    static MutationMatrix build(MutationSpec spec, List<String> alleles, double[] freqs) {
        return switch (spec.kind()) {
            case NONE -> MutationMatrix.identity(alleles.size());
            case EQUAL -> equal(spec.rate(), alleles.size());
            case PROPORTIONAL -> proportional(spec.rate(), freqs);
            case STEPWISE, EXTENDED_STEPWISE -> stepwise(alleles, spec.rate(), spec.rate2(), spec.range());
            case CUSTOM -> throw new IllegalArgumentException(
                    "a custom mutation model cannot be built from parameters; give its matrix");
        };
    }

    /** Stay with 1 − rate; every other allele with rate / (n − 1). */
    static MutationMatrix equal(double rate, int n) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("mutation rate must be in [0, 1]: " + rate);
        }
        if (n < 1) {
            throw new IllegalArgumentException("number of alleles must be positive: " + n);
        }
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = n == 1 ? 1 : i == j ? 1 - rate : rate / (n - 1);
            }
        }
        return MutationMatrix.of(m);
    }

    /** M = (1 − a)I + a·1pᵀ, a = rate / Σ p(1 − p); refused above pedmut's maximum rate. */
    static MutationMatrix proportional(double rate, double[] p) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("mutation rate must be in [0, 1]: " + rate);
        }
        int n = p.length;
        if (n < 1) {
            throw new IllegalArgumentException("number of alleles must be positive: " + n);
        }
        if (n == 1) {
            return MutationMatrix.identity(1);
        }
        double sumSq = 0;
        double het = 0;
        double min = 1;
        for (double x : p) {
            sumSq += x * x;
            het += x * (1 - x);
            min = Math.min(min, x);
        }
        double max = (1 - sumSq) / (1 - min);
        if (rate > max) {
            throw new IllegalArgumentException("proportional mutation rate exceeds its maximum " + max
                    + " for these frequencies: " + rate);
        }
        double a = rate / het;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = (i == j ? 1 - a : 0) + a * p[j];
            }
        }
        return MutationMatrix.of(m);
    }

    /**
     * pedmut's stepwise matrix: alleles in the same microvariant group (same first decimal) mutate
     * among themselves with weights range^|step|, scaled to total {@code rate}; to each allele of
     * another group with rate2 / (number of such alleles); the diagonal takes the rest.
     */
    static MutationMatrix stepwise(List<String> alleles, double rate, double rate2, double range) {
        MutationSpec.stepwise(rate, rate2, range);
        int n = alleles.size();
        if (n < 1) {
            throw new IllegalArgumentException("number of alleles must be positive: " + n);
        }
        if (n == 1) {
            return MutationMatrix.identity(1);
        }
        double[] num = new double[n];
        long[] group = new long[n];
        for (int i = 0; i < n; i++) {
            num[i] = numeric(alleles.get(i));
            group[i] = Math.round((num[i] - Math.rint(num[i])) * 10);
        }
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            int compatible = 0;
            for (int j = 0; j < n; j++) {
                if (group[j] == group[i]) {
                    compatible++;
                }
            }
            double weights = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    m[i][j] = compatible == n ? 1 - rate : compatible == 1 ? 1 - rate2 : 1 - rate - rate2;
                } else if (group[j] == group[i]) {
                    m[i][j] = Math.pow(range, Math.abs(num[i] - num[j]));
                    weights += m[i][j];
                } else {
                    m[i][j] = rate2 / (n - compatible);
                }
            }
            for (int j = 0; j < n; j++) {
                if (j != i && group[j] == group[i]) {
                    m[i][j] = m[i][j] / weights * rate;
                }
            }
        }
        return MutationMatrix.of(m);
    }

    /** The allele as a number rounded to 2 decimals, as pedmut reads it; microvariants take one decimal. */
    private static double numeric(String allele) {
        double x;
        try {
            x = Double.parseDouble(allele.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the stepwise mutation model requires numeric alleles: " + allele);
        }
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("the stepwise mutation model requires numeric alleles: " + allele);
        }
        double r2 = Math.round(x * 100) / 100.0;
        if (Math.round(r2 * 10) / 10.0 != r2) {
            throw new IllegalArgumentException(
                    "microvariants must be named as a decimal number with one decimal: " + allele);
        }
        return r2;
    }
}
