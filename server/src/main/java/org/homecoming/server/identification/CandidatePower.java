package org.homecoming.server.identification;

/**
 * One living relative of a family who has given no usable sample, with what their sample would do:
 * the simulated chance that the family's references then reach the threshold, and the mean log10 LR.
 *
 * <pre>{@code
 * new CandidatePower("FM-12", "Trần Văn Bình", "BROTHER", 0.83, 6.1);
 * }</pre>
 */
public record CandidatePower(String memberRef, String name, String relationship, double probabilityAtThreshold,
        double meanLog10Lr) {
}
