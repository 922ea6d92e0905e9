package org.homecoming.kinship.power;

import java.util.Arrays;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The simulated distribution of the total LR (all markers) for a missing person who truly is the
 * victim: its mean, quantiles of log10 LR, and the probability of reaching the threshold.
 *
 * <p>{@code report.baseline().probabilityAtLeastThreshold()} — the chance this family, as typed
 * today, identifies its missing person at the threshold.
 *
 * <p>Quantiles are the type-7 (linear interpolation) sample quantiles, R's default, at 5, 25, 50,
 * 75 and 95%.
 *
 * @param simulations the number of simulated profiles
 * @param threshold the LR an identification needs
 * @param probabilityAtLeastThreshold the fraction of simulations with LR ≥ threshold
 * @param meanLog10Lr the simulated mean of log10 LR, which estimates the expected log10 LR
 * @param log10LrQuantiles probability → quantile of log10 LR
 */
public record LrDistribution(int simulations, double threshold, double probabilityAtLeastThreshold,
        double meanLog10Lr, SortedMap<Double, Double> log10LrQuantiles) {

    static final double[] PROBABILITIES = {0.05, 0.25, 0.5, 0.75, 0.95};

    public LrDistribution {
        log10LrQuantiles = Collections.unmodifiableSortedMap(new TreeMap<>(log10LrQuantiles));
    }

    /** The median log10 LR. */
    public double medianLog10Lr() {
        return log10LrQuantiles.get(0.5);
    }

    /** Summarises simulated total log10 LRs (the array is sorted in place). */
    static LrDistribution of(double[] log10Lrs, double threshold) {
        Arrays.sort(log10Lrs);
        double log10Threshold = Math.log10(threshold);
        int atLeast = 0;
        double sum = 0;
        for (double v : log10Lrs) {
            sum += v;
            // A small tolerance so that an LR equal to the threshold up to rounding counts as reaching it.
            if (v >= log10Threshold - 1e-12) {
                atLeast++;
            }
        }
        TreeMap<Double, Double> q = new TreeMap<>();
        for (double p : PROBABILITIES) {
            q.put(p, quantile(log10Lrs, p));
        }
        int n = log10Lrs.length;
        return new LrDistribution(n, threshold, (double) atLeast / n, sum / n, q);
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
