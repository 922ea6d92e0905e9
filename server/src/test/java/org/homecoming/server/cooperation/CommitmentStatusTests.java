package org.homecoming.server.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Overdue is read from the due date: open and past it; never for a done or dropped commitment, never on the day. */
class CommitmentStatusTests {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    @Test
    void anOpenCommitmentIsOverdueTheDayAfterItsDueDate() {
        assertThat(CommitmentStatus.PLANNED.standing(DUE, DUE)).isEqualTo(CommitmentStatus.Standing.PLANNED);
        assertThat(CommitmentStatus.PLANNED.standing(DUE, DUE.plusDays(1))).isEqualTo(CommitmentStatus.Standing.OVERDUE);
        assertThat(CommitmentStatus.IN_PROGRESS.standing(DUE, DUE.plusDays(1))).isEqualTo(CommitmentStatus.Standing.OVERDUE);
        assertThat(CommitmentStatus.IN_PROGRESS.standing(null, DUE.plusYears(5))).isEqualTo(CommitmentStatus.Standing.IN_PROGRESS);
    }

    @Test
    void aClosedCommitmentIsNeverOverdue() {
        assertThat(CommitmentStatus.DONE.standing(DUE, DUE.plusDays(1))).isEqualTo(CommitmentStatus.Standing.DONE);
        assertThat(CommitmentStatus.DROPPED.standing(DUE, DUE.plusDays(1))).isEqualTo(CommitmentStatus.Standing.DROPPED);
    }

    @Test
    void statusMovesForwardOnly() {
        assertThat(CommitmentStatus.PLANNED.canBecome(CommitmentStatus.IN_PROGRESS)).isTrue();
        assertThat(CommitmentStatus.PLANNED.canBecome(CommitmentStatus.DONE)).isTrue();
        assertThat(CommitmentStatus.IN_PROGRESS.canBecome(CommitmentStatus.PLANNED)).isFalse();
        assertThat(CommitmentStatus.DONE.canBecome(CommitmentStatus.IN_PROGRESS)).isFalse();
        assertThat(CommitmentStatus.DROPPED.canBecome(CommitmentStatus.PLANNED)).isFalse();
    }
}
