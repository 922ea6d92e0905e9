package org.homecoming.kinship.io.familias;

import java.util.Optional;
import org.homecoming.kinship.mutation.MutationMatrix;

/**
 * Familias' "Stepwise (Stationary)" model: the stepwise matrix M made stationary for the allele
 * frequencies p by the "PM" method of Simonsson and Mostad (Stationary mutation models, FSI:
 * Genetics 2016), the method Familias and pedFamilias ({@code pedmut::stabilize}) apply.
 *
 * <p>With R = 1 − Σ p_i M_ii the expected mutation rate and v the stationary distribution of M
 * (vᵀM = vᵀ, Σ v = 1), each row i is scaled towards the identity by
 * d_i = R v_i / ((1 − Σ v_j M_jj) p_i): P = diag(d)(M − I) + I. Then pᵀP = pᵀ and P keeps M's
 * expected mutation rate. The result does not exist when some d_i(1 − M_ii) exceeds one or P is not
 * a mutation matrix (entries in [0, 1]); {@link #of} is then empty, and the file's reader falls
 * back to the equal model with the same rate, as pedFamilias does.
 */
final class StationaryStepwise {

    private StationaryStepwise() {
    }

    /** The PM-stationary version of {@code m} for frequencies {@code p}, if it exists. */
    static Optional<MutationMatrix> of(MutationMatrix m, double[] p) {
        int n = m.size();
        double[][] a = m.toArray();
        double rate = 1;
        for (int i = 0; i < n; i++) {
            rate -= a[i][i] * p[i];
        }
        double[] v = stationary(a);
        if (v == null) {
            return Optional.empty();
        }
        double stay = 0;
        for (int i = 0; i < n; i++) {
            stay += a[i][i] * v[i];
        }
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            double d = rate * v[i] / ((1 - stay) * p[i]);
            if (!Double.isFinite(d) || d * (1 - a[i][i]) > 1) {
                return Optional.empty();
            }
            for (int j = 0; j < n; j++) {
                out[i][j] = d * (a[i][j] - (i == j ? 1 : 0)) + (i == j ? 1 : 0);
            }
        }
        try {
            return Optional.of(MutationMatrix.of(out));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Solves (Mᵀ − I) v = 0 with the last equation replaced by Σ v = 1 (Gaussian elimination with
     * partial pivoting); null when the system is singular.
     */
    static double[] stationary(double[][] m) {
        int n = m.length;
        double[][] x = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                x[i][j] = i == n - 1 ? 1 : m[j][i] - (i == j ? 1 : 0);
            }
            x[i][n] = i == n - 1 ? 1 : 0;
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(x[r][c]) > Math.abs(x[pivot][c])) {
                    pivot = r;
                }
            }
            if (x[pivot][c] == 0) {
                return null;
            }
            double[] t = x[c];
            x[c] = x[pivot];
            x[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = x[r][c] / x[c][c];
                if (f != 0) {
                    for (int k = c; k <= n; k++) {
                        x[r][k] -= f * x[c][k];
                    }
                }
            }
        }
        double[] v = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = x[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= x[r][k] * v[k];
            }
            v[r] = s / x[r][r];
        }
        return v;
    }
}
