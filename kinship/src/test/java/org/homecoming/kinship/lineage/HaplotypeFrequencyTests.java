package org.homecoming.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.homecoming.kinship.lineage.ClopperPearson.Sides;
import org.junit.jupiter.api.Test;

class HaplotypeFrequencyTests {

    @Test
    void defaultsToTheOneSidedNinetyFivePercentBound() {
        HaplotypeFrequency f = HaplotypeFrequency.of(0, 100);
        assertThat(f.estimate()).isZero();
        assertThat(f.upperBound()).isCloseTo(0.029513049607039933962, within(1e-15));
        assertThat(f.likelihoodRatio()).isCloseTo(1 / 0.029513049607039933962, within(1e-10));
    }

    @Test
    void theBoundCanBeTwoSided() {
        HaplotypeFrequency f = HaplotypeFrequency.of(0, 100).withBound(0.05, Sides.TWO_SIDED);
        assertThat(f.upperBound()).isCloseTo(0.036216692645176410266, within(1e-15));
    }

    @Test
    void anObservedHaplotypeHasEstimateXOverN() {
        HaplotypeFrequency f = HaplotypeFrequency.of(5, 1000);
        assertThat(f.estimate()).isEqualTo(0.005);
        assertThat(f.upperBound()).isCloseTo(0.010484076911415653624, within(1e-14));
    }

    @Test
    void rejectsInconsistentCounts() {
        assertThatThrownBy(() -> HaplotypeFrequency.of(3, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matches must be in [0, 2]: 3");
    }
}
