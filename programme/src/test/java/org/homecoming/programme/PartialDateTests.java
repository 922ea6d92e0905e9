package org.homecoming.programme;

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
    void yearMonthAndFullDatesAreAccepted() {
        assertThat(PartialDate.problem("1968")).isNull();
        assertThat(PartialDate.problem("1968-03")).isNull();
        assertThat(PartialDate.problem("1968-02-29")).isNull();
        assertThat(PartialDate.year("1968-03-14")).isEqualTo(1968);
        assertThat(PartialDate.year(null)).isNull();
    }

    @Test
    void impossibleDatesAndYearsOutOfRangeAreNamed() {
        assertThat(PartialDate.problem("1968-13")).isEqualTo("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1968-13'");
        assertThat(PartialDate.problem("1967-02-29")).isEqualTo("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1967-02-29'");
        assertThat(PartialDate.problem("68")).isEqualTo("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '68'");
        assertThat(PartialDate.problem("1968-00")).isEqualTo("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1968-00'");
        assertThat(PartialDate.problem("1849")).isEqualTo("year must be in [1850, 2100]: '1849'");
        assertThatThrownBy(() -> PartialDate.year("1968-3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1968-3'");
    }

    @Test
    void parsingABadTextThrowsTheSameWordsAsTheImportCheck() {
        assertThatThrownBy(() -> PartialDate.parse("1968-13")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PartialDate.problem("1968-13"));
        assertThatThrownBy(() -> PartialDate.parse("1849")).hasMessage("year must be in [1850, 2100]: '1849'");
    }

    @Test
    void impossibleFieldsAreRejectedByTheConstructor() {
        assertThatThrownBy(() -> PartialDate.of(1968, 13)).hasMessage("month must be in [1, 12] or 0 for unknown: 13");
        assertThatThrownBy(() -> PartialDate.of(1971, 2, 29)).hasMessage("day is not valid in 1971-2: 29");
        assertThatThrownBy(() -> PartialDate.of(1700)).hasMessage("year must be in [1850, 2100]: 1700");
    }

    @Test
    void afterComparesOnlyThePrecisionBothHave() {
        assertThat(PartialDate.after("1968-03", "1968")).isFalse();
        assertThat(PartialDate.after("1968-03-02", "1968-03-01")).isTrue();
        assertThat(PartialDate.after("1969", "1968-12-31")).isTrue();
    }
}
