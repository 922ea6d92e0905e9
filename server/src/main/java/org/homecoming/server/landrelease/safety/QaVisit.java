package org.homecoming.server.landrelease.safety;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.homecoming.server.security.Side;

/**
 * A quality-management visit: QA checks an organisation's process while it works, QC samples the land after it is
 * released. Non-conformities stay open until a quality manager closes them with the corrective action.
 *
 * <pre>{@code
 * visit.nonconformities().stream().filter(n -> n.closedAt() == null).count(); // still open
 * }</pre>
 */
public record QaVisit(long id, String visitType, LocalDate visitedOn, String inspectedOrganisation,
        String inspectingOrganisation, Long activityId, String findings, Side side, boolean shared,
        List<Nonconformity> nonconformities) {

    /** One non-conformity; {@code closedBy}, {@code closedAt} and the corrective action are set when closed. */
    public record Nonconformity(long id, long visitId, Severity severity, String description, String correctiveAction,
            boolean closed, String closedBy, OffsetDateTime closedAt) {
    }
}
