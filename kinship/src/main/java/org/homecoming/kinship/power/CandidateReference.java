package org.homecoming.kinship.power;

/**
 * An untyped relative of the missing person and what typing them would do: the LR distribution
 * with that person added as a reference, and its rank among the candidates.
 *
 * <p>{@code report.candidates().get(0).person()} is the relative to ask for a sample first.
 *
 * @param person the relative's id in the family pedigree
 * @param distribution the LR distribution with this person typed as well
 * @param rankByMeanLog10Lr 1 for the candidate with the highest expected log10 LR
 * @param rankByProbability 1 for the candidate most likely to bring the LR to the threshold
 */
public record CandidateReference(String person, LrDistribution distribution, int rankByMeanLog10Lr,
        int rankByProbability) {
}
