package org.homecoming.kinship.evidence;

import java.util.List;

/**
 * Fits the {@link Displacement} mixture to pairs known to be the same person by expectation
 * maximisation: the weights per class (cemetery or field) and the two spatial scales.
 *
 * <pre>{@code
 * Displacement fitted = DisplacementFit.fit(observations, Displacement.defaults(), 50);
 * }</pre>
 *
 * <p>The pairs should be chosen on evidence that does not depend on place (DNA alone), so that they
 * are a fair sample of displacements. E step: each pair's responsibilities for the local, regional
 * and far components. M step: a class's weights are its mean responsibilities after adding one
 * pseudo-observation to each component (a uniform Dirichlet prior: no weight becomes 0, so the LR
 * keeps a floor, and a class with few pairs stays near equal weights); each scale σ² is the
 * responsibility-weighted mean of d²/2 − σ_precision² (what E[d²] = 2(σ² + σ_precision²) of a
 * circular normal gives), kept at least 100 m for the local one and above the local one for the
 * regional one. With no pairs the start is returned.
 */
public final class DisplacementFit {

    private static final double MIN_LOCAL = 100;
    private static final double PSEUDO = 1;

    private DisplacementFit() {
    }

    /** The model after {@code iterations} EM steps from {@code start}. */
    public static Displacement fit(List<Displacement.Observation> pairs, Displacement start, int iterations) {
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0: " + iterations);
        }
        Displacement d = start;
        for (int i = 0; i < iterations && !pairs.isEmpty(); i++) {
            d = step(pairs, d);
        }
        return d;
    }

    /** One E and M step. */
    static Displacement step(List<Displacement.Observation> pairs, Displacement d) {
        double[][] sums = new double[2][3];
        double localNum = 0;
        double localDen = 0;
        double regionalNum = 0;
        double regionalDen = 0;
        double vl = d.localMetres() * d.localMetres();
        double vr = d.regionalMetres() * d.regionalMetres();
        for (Displacement.Observation o : pairs) {
            Displacement.Weights w = d.weights(o.inCemetery());
            double l = w.local() * Displacement.normal(o.distanceMetres(), o.precisionVariance() + vl);
            double r = w.regional() * Displacement.normal(o.distanceMetres(), o.precisionVariance() + vr);
            double f = w.far() * o.background();
            double total = l + r + f;
            double[] s = sums[o.inCemetery() ? 1 : 0];
            s[0] += l / total;
            s[1] += r / total;
            s[2] += f / total;
            double excess = o.distanceMetres() * o.distanceMetres() / 2 - o.precisionVariance();
            localNum += l / total * excess;
            localDen += l / total;
            regionalNum += r / total * excess;
            regionalDen += r / total;
        }
        double local = localDen > 0 ? Math.sqrt(Math.max(MIN_LOCAL * MIN_LOCAL, localNum / localDen)) : d.localMetres();
        double regional = regionalDen > 0 ? Math.sqrt(Math.max(0, regionalNum / regionalDen)) : d.regionalMetres();
        regional = Math.max(regional, 2 * local);
        return new Displacement(local, regional, weights(sums[0]), weights(sums[1]));
    }

    private static Displacement.Weights weights(double[] s) {
        double n = s[0] + s[1] + s[2] + 3 * PSEUDO;
        double local = (s[0] + PSEUDO) / n;
        double regional = (s[1] + PSEUDO) / n;
        return new Displacement.Weights(local, regional, 1 - local - regional);
    }
}
