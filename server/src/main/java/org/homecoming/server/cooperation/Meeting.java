package org.homecoming.server.cooperation;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting or delegation visit: when and where, the delegations' members, the agenda, and what it decided — the
 * commitments it made and the status changes recorded at it.
 *
 * <pre>{@code
 * meeting.decided().size();
 * }</pre>
 */
public record Meeting(long id, String ref, MeetingKind kind, LocalDate heldOn, String place, String titleVi,
        String titleEn, String agenda, List<Delegate> delegates, List<String> madeCommitments,
        List<String> updatedCommitments) {

    public Meeting {
        delegates = List.copyOf(delegates);
        madeCommitments = List.copyOf(madeCommitments);
        updatedCommitments = List.copyOf(updatedCommitments);
    }

    /** A member of a delegation. */
    public record Delegate(String name, String title, String side) {
    }
}
