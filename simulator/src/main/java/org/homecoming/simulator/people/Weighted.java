package org.homecoming.simulator.people;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A discrete distribution over values with given weights, drawn by binary search on cumulative weights.
 *
 * <p>{@code Weighted.of(List.of("a", "b"), new double[] {3, 1}).draw(rng)} gives {@code "a"} three times in four.
 */
public final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    public static <T> Weighted<T> of(List<T> values, double[] weights) {
        if (values.size() != weights.length || values.isEmpty()) {
            throw new IllegalArgumentException("need one weight per value and at least one value: "
                    + values.size() + " values, " + weights.length + " weights");
        }
        double[] c = new double[weights.length];
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0)) {
                throw new IllegalArgumentException("weight must be >= 0: " + weights[i]);
            }
            s += weights[i];
            c[i] = s;
        }
        if (s <= 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        return new Weighted<>(List.copyOf(values), c);
    }

    public T draw(SplittableRandom rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values.get(lo);
    }

    /** The probability of the {@code i}-th value. */
    public double probability(int i) {
        double below = i == 0 ? 0 : cumulative[i - 1];
        return (cumulative[i] - below) / cumulative[cumulative.length - 1];
    }

    public List<T> values() {
        return values;
    }
}
