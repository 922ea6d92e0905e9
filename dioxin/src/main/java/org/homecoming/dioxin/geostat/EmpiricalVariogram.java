package org.homecoming.dioxin.geostat;

import java.util.ArrayList;
import java.util.List;

/**
 * The experimental (Matheron) variogram of a set of observations: for each lag class, half the mean squared
 * difference of the pairs whose distance falls in it.
 *
 * <pre>{@code
 * EmpiricalVariogram e = EmpiricalVariogram.of(observations, 12, 0); // 12 classes up to half the largest distance
 * e.lags().get(0).semivariance();
 * }</pre>
 */
public record EmpiricalVariogram(List<Lag> lags, double maxDistance) {

    /** One lag class: the mean distance of its pairs, their semivariance and how many pairs there were. */
    public record Lag(double distance, double semivariance, long pairs) {
    }

    public EmpiricalVariogram {
        lags = List.copyOf(lags);
    }

    /**
     * The variogram in {@code classes} equal lag classes from 0 to {@code maxDistance}; a {@code maxDistance} of 0
     * or less takes half the largest distance between two observations (the usual rule: beyond it too few pairs
     * span the site). Classes without pairs are left out.
     */
    public static EmpiricalVariogram of(List<Observation> observations, int classes, double maxDistance) {
        if (observations.size() < 3) {
            throw new IllegalArgumentException("a variogram needs at least 3 observations, got " + observations.size());
        }
        if (classes < 1) {
            throw new IllegalArgumentException("a variogram needs at least one lag class: " + classes);
        }
        int n = observations.size();
        double cutoff = maxDistance;
        if (!(cutoff > 0)) {
            double largest = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    largest = Math.max(largest, observations.get(i).distanceTo(observations.get(j)));
                }
            }
            cutoff = largest / 2;
        }
        if (!(cutoff > 0)) {
            throw new IllegalArgumentException("the observations all lie at one place");
        }
        double width = cutoff / classes;
        double[] distance = new double[classes];
        double[] squares = new double[classes];
        long[] pairs = new long[classes];
        for (int i = 0; i < n; i++) {
            Observation a = observations.get(i);
            for (int j = i + 1; j < n; j++) {
                Observation b = observations.get(j);
                double h = a.distanceTo(b);
                if (h <= 0 || h > cutoff) {
                    continue;
                }
                int k = Math.min(classes - 1, (int) (h / width));
                double d = a.value() - b.value();
                distance[k] += h;
                squares[k] += d * d;
                pairs[k]++;
            }
        }
        List<Lag> lags = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            if (pairs[k] > 0) {
                lags.add(new Lag(distance[k] / pairs[k], squares[k] / (2.0 * pairs[k]), pairs[k]));
            }
        }
        if (lags.isEmpty()) {
            throw new IllegalArgumentException("no pair of observations lies within " + cutoff + " m");
        }
        return new EmpiricalVariogram(lags, cutoff);
    }
}
