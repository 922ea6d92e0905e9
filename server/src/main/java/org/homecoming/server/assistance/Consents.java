package org.homecoming.server.assistance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A person's consent history and what it says on a given day: for each scope, the latest line effective on or before
 * that day rules; no line means no consent.
 *
 * <pre>{@code
 * Consents c = new Consents(events);
 * c.on(ConsentPurpose.STATISTICS, LocalDate.of(2026, 6, 1)); // false once withdrawn on 1 March
 * }</pre>
 */
public record Consents(List<ConsentEvent> history) {

    public Consents {
        history = history.stream().sorted(Comparator.comparing(ConsentEvent::effectiveOn)
                .thenComparing(ConsentEvent::recordedAt)).toList();
    }

    /** Whether {@code scope} stands on {@code day}. */
    public boolean on(ConsentPurpose scope, LocalDate day) {
        boolean granted = false;
        for (ConsentEvent e : history) {
            if (e.scope() == scope && !e.effectiveOn().isAfter(day)) {
                granted = e.granted();
            }
        }
        return granted;
    }
}
