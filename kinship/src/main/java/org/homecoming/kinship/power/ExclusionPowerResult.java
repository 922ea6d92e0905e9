package org.homecoming.kinship.power;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exclusion power per marker and combined: the probability that a random unrelated person, put
 * where the claim puts the tested person(s), is excluded by at least one marker.
 *
 * <p>{@code ExclusionPower.of(claim, references, loci, List.of("MP")).total()}
 *
 * <p>A marker whose references are already incompatible with the claim (even with its mutation
 * model) has EP NaN and is left out of the total and the expected count, as forrel does.
 *
 * @param perMarker locus name → EP, in locus order
 * @param total 1 − Π(1 − EP) over the markers with a value
 * @param expectedExclusions Σ EP: the expected number of excluding markers
 */
public record ExclusionPowerResult(Map<String, Double> perMarker, double total, double expectedExclusions) {

    public ExclusionPowerResult {
        perMarker = Collections.unmodifiableMap(new LinkedHashMap<>(perMarker));
    }

    static ExclusionPowerResult of(Map<String, Double> perMarker) {
        double none = 1;
        double expected = 0;
        for (double ep : perMarker.values()) {
            if (!Double.isNaN(ep)) {
                none *= 1 - ep;
                expected += ep;
            }
        }
        return new ExclusionPowerResult(perMarker, 1 - none, expected);
    }
}
