package org.homecoming.server.identification;

import java.time.OffsetDateTime;

/**
 * What a family's current references can do for the family liaison staff: the exact expected
 * log10 LR if the remains were found, the exclusion power, the simulated chance of reaching the
 * threshold, and the living relative whose sample would raise that chance most.
 */
public record FamilyPower(long personId, String personRef, String personName, String familyRef, int referencesTyped,
        double expectedLog10Lr, double exclusionPower, double probabilityAtThreshold, double threshold,
        String bestMemberRef, String bestMemberName, String bestMemberRelationship, Double bestProbability,
        Double bestMeanLog10Lr, String contact, int simulations, long seed, OffsetDateTime computedAt) {

    /** Below the threshold: fewer than half of the simulated true remains would reach it. */
    public boolean belowThreshold() {
        return probabilityAtThreshold < 0.5;
    }
}
