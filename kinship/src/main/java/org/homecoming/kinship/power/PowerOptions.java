package org.homecoming.kinship.power;

/**
 * The settings of a power analysis: the random seed (the same seed gives the same report), how
 * many profiles to simulate, and the LR an identification must reach.
 *
 * <p>{@code new PowerOptions(2024, 10_000, 1e4)}
 *
 * @param seed seed of the {@link java.util.SplittableRandom} streams
 * @param simulations the number of simulated missing-person profiles (each covering all markers)
 * @param threshold the LR an identification needs, e.g. 10<sup>4</sup>
 */
public record PowerOptions(long seed, int simulations, double threshold) {

    public PowerOptions {
        if (simulations < 1) {
            throw new IllegalArgumentException("simulations must be at least 1: " + simulations);
        }
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("LR threshold must be positive and finite: " + threshold);
        }
    }

    /** Seed 1, 1000 simulations, threshold 10<sup>4</sup> (the DVI "significant" level). */
    public static PowerOptions defaults() {
        return new PowerOptions(1, 1000, 1e4);
    }
}
