package org.homecoming.server.identification;

import java.time.OffsetDateTime;

/**
 * An analysts' decision on a pair: {@code PENDING} (confirmed once, waiting for a second, different
 * analyst), {@code CONFIRMED} or {@code REJECTED}, with the prior, the LR and the posterior it was
 * taken on, and who decided when and why.
 */
public record Decision(long id, long candidateId, long remainsId, long personId, String dataHash, String status,
        double prior, double log10Lr, double posterior, String firstAnalyst, String firstReason, OffsetDateTime firstAt,
        String secondAnalyst, String secondReason, OffsetDateTime secondAt) {
}
