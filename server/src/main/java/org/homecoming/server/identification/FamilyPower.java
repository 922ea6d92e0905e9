package org.homecoming.server.identification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a family's current references can do for the family liaison staff: the exact expected
 * log10 LR if the remains were found, the exclusion power, the simulated chance of reaching the
 * threshold today, and that chance with each living relative's sample added (best first).
 * {@code stale} says the family's data changed since this was computed; it is being recomputed.
 *
 * <pre>{@code
 * FamilyPower f = power.list(true).get(0);
 * f.probabilityAtThreshold();  // today
 * f.candidates().get(0);       // the relative whose sample helps most
 * }</pre>
 */
public record FamilyPower(long personId, String personRef, String personName, String familyRef, int referencesTyped,
        double expectedLog10Lr, double exclusionPower, double probabilityAtThreshold, double threshold,
        String bestMemberRef, String bestMemberName, String bestMemberRelationship, Double bestProbability,
        Double bestMeanLog10Lr, String contact, int simulations, long seed, OffsetDateTime computedAt, boolean stale,
        List<CandidatePower> candidates) {

    public FamilyPower {
        candidates = List.copyOf(candidates);
    }

    /** Below the threshold: fewer than half of the simulated true remains would reach it. */
    public boolean belowThreshold() {
        return probabilityAtThreshold < 0.5;
    }

    /** The Monte-Carlo standard error of today's chance, √(p(1 − p)/n), at most 0.5/√n. */
    public double standardError() {
        return Math.sqrt(probabilityAtThreshold * (1 - probabilityAtThreshold) / simulations);
    }

    /**
     * When no simulation (or every one) reached the threshold the standard error is 0 and says
     * nothing; the "rule of three" bound does: with none of n, the chance is below 3/n at 95%
     * confidence.
     */
    public double ruleOfThree() {
        return Math.min(1, 3.0 / simulations);
    }

    FamilyPower withCandidates(List<CandidatePower> all) {
        return new FamilyPower(personId, personRef, personName, familyRef, referencesTyped, expectedLog10Lr,
                exclusionPower, probabilityAtThreshold, threshold, bestMemberRef, bestMemberName,
                bestMemberRelationship, bestProbability, bestMeanLog10Lr, contact, simulations, seed, computedAt, stale, all);
    }
}
