package org.homecoming.kinship.power;

/**
 * What one marker contributes for a family as typed: its exclusion power and the exact expected
 * log10 LR when the missing person is the victim.
 *
 * <p>{@code report.markers().get(0).expectedLog10Lr()}
 *
 * @param locus the locus name
 * @param exclusionPower P(a random unrelated person is excluded by this marker); NaN when the
 *     references are incompatible
 * @param expectedLog10Lr Σ<sub>g</sub> P(g | refs) log10[P(g | refs) / P<sub>pop</sub>(g)]; NaN when
 *     the references are incompatible
 */
public record MarkerPower(String locus, double exclusionPower, double expectedLog10Lr) {
}
