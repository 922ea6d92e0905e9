package org.homecoming.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a consent history says on a day: the latest line effective on or before it; none means no consent. */
class ConsentsTests {

    private static ConsentEvent line(ConsentPurpose scope, boolean granted, String on, int minute) {
        return new ConsentEvent(scope, granted, LocalDate.parse(on), null, "hoa",
                OffsetDateTime.parse("2026-01-01T00:00:00Z").plusMinutes(minute));
    }

    @Test
    void aWithdrawalRulesFromItsDateOnAndTheHistoryIsKept() {
        Consents c = new Consents(List.of(line(ConsentPurpose.STATISTICS, false, "2025-03-01", 2),
                line(ConsentPurpose.STATISTICS, true, "2024-01-01", 1), line(ConsentPurpose.SHARE, true, "2024-01-01", 1)));
        assertThat(c.on(ConsentPurpose.STATISTICS, LocalDate.parse("2023-12-31"))).isFalse();
        assertThat(c.on(ConsentPurpose.STATISTICS, LocalDate.parse("2024-01-01"))).isTrue();
        assertThat(c.on(ConsentPurpose.STATISTICS, LocalDate.parse("2025-02-28"))).isTrue();
        assertThat(c.on(ConsentPurpose.STATISTICS, LocalDate.parse("2025-03-01"))).isFalse();
        assertThat(c.on(ConsentPurpose.SHARE, LocalDate.parse("2026-01-01"))).isTrue();
        assertThat(c.on(ConsentPurpose.REGISTER, LocalDate.parse("2026-01-01"))).isFalse();
        assertThat(c.history()).hasSize(3);
    }

    @Test
    void twoLinesOfOneDayAreOrderedByWhenTheyWereRecorded() {
        Consents c = new Consents(List.of(line(ConsentPurpose.SHARE, true, "2025-01-01", 5),
                line(ConsentPurpose.SHARE, false, "2025-01-01", 1)));
        assertThat(c.on(ConsentPurpose.SHARE, LocalDate.parse("2025-01-02"))).isTrue();
    }
}
