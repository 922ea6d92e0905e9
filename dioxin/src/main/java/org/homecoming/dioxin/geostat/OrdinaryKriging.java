package org.homecoming.dioxin.geostat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Ordinary kriging: the best linear unbiased estimate under a variogram, with an unknown constant mean.
 *
 * <pre>{@code
 * OrdinaryKriging k = new OrdinaryKriging(observations, fit.variogram());
 * Estimate e = k.estimate(120, 40);   // value and kriging variance
 * CrossValidation cv = k.crossValidate();
 * }</pre>
 *
 * <p>The system is written with covariances, [C 1; 1ᵀ 0][λ; μ] = [c₀; 1], and its inverse is computed once, so
 * each estimate costs one matrix–vector product and leave-one-out cross-validation needs no refitting: the error
 * at observation i is (K⁻¹z)ᵢ / (K⁻¹)ᵢᵢ and its variance 1 / (K⁻¹)ᵢᵢ (Dubrule 1983, Math. Geol. 15:687).
 * Observations at one place are averaged first, since two equal rows make the system singular.
 */
public final class OrdinaryKriging implements Interpolator {

    private final List<Observation> observations;
    private final Variogram variogram;
    private final double[][] inverse;

    public OrdinaryKriging(List<Observation> observations, Variogram variogram) {
        this.observations = merged(observations);
        this.variogram = variogram;
        int n = this.observations.size();
        if (n < 2) {
            throw new IllegalArgumentException("kriging needs observations at two places at least, got " + n);
        }
        RealMatrix k = new Array2DRowRealMatrix(n + 1, n + 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k.setEntry(i, j, variogram.covariance(this.observations.get(i).distanceTo(this.observations.get(j))));
            }
            k.setEntry(i, n, 1);
            k.setEntry(n, i, 1);
        }
        try {
            this.inverse = new LUDecomposition(k).getSolver().getInverse().getData();
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("the kriging system is singular under " + variogram
                    + "; the observations may be too close together for a variogram without nugget", e);
        }
    }

    /** The observations kriged, after those at one place were averaged. */
    public List<Observation> observations() {
        return observations;
    }

    public Variogram variogram() {
        return variogram;
    }

    @Override
    public Estimate estimate(double x, double y) {
        int n = observations.size();
        double[] c = new double[n + 1];
        for (int i = 0; i < n; i++) {
            c[i] = variogram.covariance(observations.get(i).distanceTo(x, y));
        }
        c[n] = 1;
        double value = 0;
        double explained = 0;
        double mu = 0;
        for (int i = 0; i <= n; i++) {
            double w = 0;
            double[] row = inverse[i];
            for (int j = 0; j <= n; j++) {
                w += row[j] * c[j];
            }
            if (i < n) {
                value += w * observations.get(i).value();
                explained += w * c[i];
            } else {
                mu = w;
            }
        }
        return new Estimate(value, variogram.sill() - explained - mu);
    }

    @Override
    public CrossValidation crossValidate() {
        int n = observations.size();
        double[] errors = new double[n];
        double[] variances = new double[n];
        for (int i = 0; i < n; i++) {
            double qz = 0;
            for (int j = 0; j < n; j++) {
                qz += inverse[i][j] * observations.get(j).value();
            }
            errors[i] = qz / inverse[i][i];
            variances[i] = 1 / inverse[i][i];
        }
        return CrossValidation.of(errors, variances);
    }

    private static List<Observation> merged(List<Observation> observations) {
        Map<List<Double>, double[]> byPlace = new LinkedHashMap<>();
        for (Observation o : observations) {
            double[] sum = byPlace.computeIfAbsent(List.of(o.x(), o.y()), k -> new double[2]);
            sum[0] += o.value();
            sum[1]++;
        }
        List<Observation> out = new ArrayList<>(byPlace.size());
        byPlace.forEach((place, sum) -> out.add(new Observation(place.get(0), place.get(1), sum[0] / sum[1])));
        return List.copyOf(out);
    }
}
