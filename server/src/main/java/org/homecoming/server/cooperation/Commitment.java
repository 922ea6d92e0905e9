package org.homecoming.server.cooperation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A commitment of an agreement or a meeting: its text in both languages, area, the side and office responsible, the
 * period and due date, the status with its history, how it stands today (overdue read from the due date), and the
 * evidence its status stands on.
 *
 * <pre>{@code
 * commitment.standing(); // OVERDUE
 * }</pre>
 */
public record Commitment(long id, String ref, String agreementRef, String meetingRef, Area area, String textVi,
        String textEn, String responsibleSide, String office, LocalDate periodStart, LocalDate dueOn,
        CommitmentStatus status, CommitmentStatus.Standing standing, List<StatusChange> history,
        List<Evidence> evidence) {

    public Commitment {
        history = List.copyOf(history);
        evidence = List.copyOf(evidence);
    }

    /** One line of the status history; {@code meetingRef} when a meeting decided it. */
    public record StatusChange(CommitmentStatus status, LocalDate changedOn, String meetingRef, String note,
            String changedBy, OffsetDateTime changedAt) {
    }

    /** What the status stands on. */
    public record Evidence(long id, CommitmentEvidenceKind kind, String targetRef, String note, String addedBy) {
    }
}
