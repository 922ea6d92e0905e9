package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VerbalScaleTests {

    @Test
    void bandsFollowTheEnfsiScaleWithUpperBoundsInclusive() {
        assertThat(VerbalScale.describe(10, "H1", "H2")).isEqualTo("weak support for H1 over H2");
        assertThat(VerbalScale.describe(10.0001, "H1", "H2")).isEqualTo("moderate support for H1 over H2");
        assertThat(VerbalScale.describe(772, "H1", "H2")).isEqualTo("moderately strong support for H1 over H2");
        assertThat(VerbalScale.describe(2500, "H1", "H2")).isEqualTo("strong support for H1 over H2");
        assertThat(VerbalScale.describe(1e6, "H1", "H2")).isEqualTo("very strong support for H1 over H2");
        assertThat(VerbalScale.describe(2e6, "H1", "H2")).isEqualTo("extremely strong support for H1 over H2");
    }

    @Test
    void ratiosBelowOneSupportTheReference() {
        assertThat(VerbalScale.describe(0.001, "H1", "H2")).isEqualTo("moderately strong support for H2 over H1");
        assertThat(VerbalScale.describe(1, "H1", "H2")).isEqualTo("no support for either H1 or H2");
    }

    @Test
    void exclusionsAreStated() {
        assertThat(VerbalScale.describe(0, "H1", "H2")).isEqualTo("the data exclude H1");
        assertThat(VerbalScale.describe(Double.POSITIVE_INFINITY, "H1", "H2")).isEqualTo("the data exclude H2");
        assertThat(VerbalScale.describe(Double.NaN, "H1", "H2")).isEqualTo("undefined: the data exclude both H1 and H2");
        assertThatThrownBy(() -> VerbalScale.describe(-1, "H1", "H2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("likelihood ratio must not be negative: -1.0");
    }
}
