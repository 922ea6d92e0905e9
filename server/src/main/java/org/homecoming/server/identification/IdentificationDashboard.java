package org.homecoming.server.identification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Figures for the identification dashboard: confirmed identifications per month (UTC), the queue,
 * confirmations waiting for a second analyst, families below the threshold.
 */
@Component
class IdentificationDashboard {

    /** One bar of the chart. */
    record Month(String label, long count) {
    }

    private final JdbcClient jdbc;
    private final CandidateRepository candidates;
    private final DecisionRepository decisions;
    private final FamilyPowerService power;
    private final CurrentUsers currentUsers;

    IdentificationDashboard(JdbcClient jdbc, CandidateRepository candidates, DecisionRepository decisions,
            FamilyPowerService power, CurrentUsers currentUsers) {
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.decisions = decisions;
        this.power = power;
        this.currentUsers = currentUsers;
    }

    List<Month> confirmationsByMonth() {
        Map<String, Long> months = new TreeMap<>();
        for (OffsetDateTime at : jdbc.sql("SELECT second_at FROM ident_decision WHERE status = 'CONFIRMED'")
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).list()) {
            OffsetDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC);
            months.merge(String.format("%04d-%02d", utc.getYear(), utc.getMonthValue()), 1L, Long::sum);
        }
        List<Month> out = new ArrayList<>();
        months.forEach((k, v) -> out.add(new Month(k, v)));
        return out;
    }

    Map<String, Long> totals(double minLog10Lr) {
        return Map.of("queue", candidates.queueSize(minLog10Lr, currentUsers.get().side().name()), "pending", decisions.count("PENDING"),
                "confirmed", decisions.count("CONFIRMED"), "rejected", decisions.count("REJECTED"),
                "belowThreshold", power.countBelow());
    }
}
