package org.homecoming.server.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral to a service and what became of it, with its follow-up visits. {@code costVnd} is what the service cost
 * the programme, in đồng, when known.
 *
 * <pre>{@code
 * referral.status().open(); // on the province's worklist while true
 * }</pre>
 */
public record Referral(long id, long personId, ServiceCategory category, AssistiveItem item, long providerId,
        String providerName, ServiceStatus status, LocalDate referredOn, LocalDate receivedOn, LocalDate completedOn,
        LocalDate closedOn, BigDecimal costVnd, String note, List<FollowUp> followUps) {

    public Referral {
        followUps = List.copyOf(followUps);
    }

    /** The day of the referral's latest step. */
    public LocalDate lastStep() {
        LocalDate d = referredOn;
        for (LocalDate x : new LocalDate[] {receivedOn, completedOn, closedOn}) {
            if (x != null && x.isAfter(d)) {
                d = x;
            }
        }
        return d;
    }
}
