package org.homecoming.server.identification;

import org.homecoming.server.registry.Comparison;
import org.homecoming.server.registry.MissingPerson;

/**
 * A candidate as the review page shows it: the stored pair, the person, the posterior under the
 * default prior (1 / number of families searched), the non-DNA comparison (null when the dates
 * exclude the person), and the state of decisions on the pair.
 */
public record CandidateView(StoredCandidate candidate, MissingPerson person, double prior, double posterior,
        Comparison evidence, boolean rejected, Decision pending) {

    public double lr() {
        return Math.pow(10, candidate.log10Lr());
    }
}
