package org.homecoming.server.cooperation;

import java.time.LocalDate;

/**
 * What is recorded of a commitment: planned, in progress, done (on evidence) or dropped. Overdue is not recorded; it
 * is read from the due date ({@link #standing}).
 *
 * <pre>{@code
 * CommitmentStatus.IN_PROGRESS.standing(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1)); // OVERDUE
 * }</pre>
 */
public enum CommitmentStatus {
    PLANNED, IN_PROGRESS, DONE, DROPPED;

    /** Whether the commitment is still to be kept. */
    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    /** Forward only: planned to in progress, done or dropped; in progress to done or dropped; nothing after. */
    public boolean canBecome(CommitmentStatus next) {
        return switch (this) {
            case PLANNED -> next == IN_PROGRESS || next == DONE || next == DROPPED;
            case IN_PROGRESS -> next == DONE || next == DROPPED;
            default -> false;
        };
    }

    /** How the commitment stands on {@code today}: overdue when open and its due date has passed. */
    public Standing standing(LocalDate dueOn, LocalDate today) {
        if (open() && dueOn != null && dueOn.isBefore(today)) {
            return Standing.OVERDUE;
        }
        return Standing.valueOf(name());
    }

    /** How a commitment stands, overdue first in every list. */
    public enum Standing {
        OVERDUE, IN_PROGRESS, PLANNED, DONE, DROPPED
    }
}
