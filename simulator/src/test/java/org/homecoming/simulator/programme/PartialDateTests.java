package org.homecoming.simulator.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTests {

    @Test
    void yearMonthAndFullDatesRoundTrip() {
        assertThat(PartialDate.parse("1968")).isEqualTo(PartialDate.of(1968));
        assertThat(PartialDate.parse("1968-03").toString()).isEqualTo("1968-03");
        assertThat(PartialDate.parse("1968-03-14")).isEqualTo(PartialDate.of(1968, 3, 14));
        assertThat(PartialDate.of(1972, 2, 29).toString()).isEqualTo("1972-02-29");
    }

    @Test
    void malformedTextIsRejectedWithTheText() {
        assertThatThrownBy(() -> PartialDate.parse("1968-3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1968-3'");
        assertThatThrownBy(() -> PartialDate.parse("1968-00")).hasMessage(
                "not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1968-00'");
    }

    @Test
    void impossibleDatesAreRejected() {
        assertThatThrownBy(() -> PartialDate.parse("1968-13")).hasMessage(
                "month must be in [1, 12] or 0 for unknown: 13");
        assertThatThrownBy(() -> PartialDate.of(1971, 2, 29)).hasMessage("day is not valid in 1971-2: 29");
        assertThatThrownBy(() -> PartialDate.of(1700)).hasMessage("year must be in [1850, 2100]: 1700");
    }
}
