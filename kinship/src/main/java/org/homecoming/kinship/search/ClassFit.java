package org.homecoming.kinship.search;

/**
 * Fits a closed form {@code c0·φ0 + c1·φ1 + c2·φ2} to the ratios of one class of genotypes made of
 * alleles the family has not seen, and checks it against every member of the class.
 *
 * <p>The basis functions are powers of inverse allele frequencies (see {@link MarkerCompiler}). A
 * fit is accepted only when it reproduces every sample to {@link #TOLERANCE} relative, and a class
 * with a zero sample only when the fit gives exactly zero there, so that a form accepted here is as
 * good as the dense table it replaces.
 */
final class ClassFit {

    /** Largest relative difference accepted between the closed form and any member of the class. */
    static final double TOLERANCE = 1e-12;

    private ClassFit() {
    }

    /**
     * The coefficients (length 3, unused ones zero) of the smallest basis prefix that reproduces all
     * samples, or an empty array when none does.
     *
     * @param basis {@code basis[s][j]} is basis function j at sample s (3 columns)
     * @param values the sample values
     */
    static double[] fit(double[][] basis, double[] values) {
        int n = values.length;
        if (n == 0) {
            return new double[3];
        }
        boolean allZero = true;
        for (double v : values) {
            allZero &= v == 0;
        }
        if (allZero) {
            return new double[3];
        }
        for (int size = 1; size <= 3; size++) {
            double[] c = leastSquares(basis, values, size);
            if (c.length > 0 && reproduces(basis, values, c)) {
                return c;
            }
        }
        return new double[0];
    }

    static double evaluate(double[] c, double[] phi) {
        return c[0] * phi[0] + c[1] * phi[1] + c[2] * phi[2];
    }

    private static boolean reproduces(double[][] basis, double[] values, double[] c) {
        for (int s = 0; s < values.length; s++) {
            double f = evaluate(c, basis[s]);
            double v = values[s];
            if (v == 0 ? f != 0 : !(Math.abs(f - v) <= TOLERANCE * Math.abs(v))) {
                return false;
            }
        }
        return true;
    }

    /** Least squares on column-scaled normal equations; empty when the system is singular. */
    private static double[] leastSquares(double[][] basis, double[] values, int size) {
        double[] scale = new double[size];
        for (double[] row : basis) {
            for (int j = 0; j < size; j++) {
                scale[j] = Math.max(scale[j], Math.abs(row[j]));
            }
        }
        for (int j = 0; j < size; j++) {
            if (scale[j] == 0) {
                return new double[0];
            }
        }
        double[][] a = new double[size][size + 1];
        for (int s = 0; s < values.length; s++) {
            for (int i = 0; i < size; i++) {
                double xi = basis[s][i] / scale[i];
                for (int j = 0; j < size; j++) {
                    a[i][j] += xi * basis[s][j] / scale[j];
                }
                a[i][size] += xi * values[s];
            }
        }
        double[] y = solve(a, size);
        if (y.length == 0) {
            return y;
        }
        double[] c = new double[3];
        for (int j = 0; j < size; j++) {
            c[j] = y[j] / scale[j];
        }
        return polish(basis, values, c, size);
    }

    /** One step of iterative refinement: normal equations lose digits that the check then misses. */
    private static double[] polish(double[][] basis, double[] values, double[] c, int size) {
        if (values.length < size) {
            return c;
        }
        double[] scale = new double[size];
        for (double[] row : basis) {
            for (int j = 0; j < size; j++) {
                scale[j] = Math.max(scale[j], Math.abs(row[j]));
            }
        }
        double[][] a = new double[size][size + 1];
        for (int s = 0; s < values.length; s++) {
            double r = values[s] - evaluate(c, basis[s]);
            for (int i = 0; i < size; i++) {
                double xi = basis[s][i] / scale[i];
                for (int j = 0; j < size; j++) {
                    a[i][j] += xi * basis[s][j] / scale[j];
                }
                a[i][size] += xi * r;
            }
        }
        double[] d = solve(a, size);
        if (d.length == 0) {
            return c;
        }
        double[] out = c.clone();
        for (int j = 0; j < size; j++) {
            out[j] += d[j] / scale[j];
        }
        return out;
    }

    private static double[] solve(double[][] a, int n) {
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-13) {
                return new double[0];
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int j = col; j <= n; j++) {
                    a[r][j] -= f * a[col][j];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int j = r + 1; j < n; j++) {
                s -= a[r][j] * x[j];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
