package org.homecoming.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassFitTests {

    private static final double[] P = {0.05, 0.1, 0.2, 0.4};

    private static double[][] basis() {
        double[][] b = new double[P.length][];
        for (int i = 0; i < P.length; i++) {
            b[i] = new double[] {1, 1 / P[i], 1 / (P[i] * P[i])};
        }
        return b;
    }

    @Test
    void aConstantClassNeedsOneCoefficient() {
        assertThat(ClassFit.fit(basis(), new double[] {2.5, 2.5, 2.5, 2.5})).containsExactly(2.5, 0, 0);
    }

    @Test
    void threeHalvesPlusAQuarterOverPIsRecovered() {
        double[] y = new double[P.length];
        for (int i = 0; i < P.length; i++) {
            y[i] = 1.5 + 0.25 / P[i];
        }
        double[] c = ClassFit.fit(basis(), y);
        assertThat(c[0]).isCloseTo(1.5, within(1e-12));
        assertThat(c[1]).isCloseTo(0.25, within(1e-12));
        assertThat(c[2]).isCloseTo(0, within(1e-12));
    }

    @Test
    void valuesNoBasisReproducesAreRejected() {
        assertThat(ClassFit.fit(basis(), new double[] {1, 7, 2, 9})).isEmpty();
    }

    @Test
    void aZeroMemberMustBeReproducedExactly() {
        assertThat(ClassFit.fit(basis(), new double[] {0, 0, 0, 0})).containsExactly(0, 0, 0);
        assertThat(ClassFit.fit(basis(), new double[] {0, 1, 1, 1})).isEmpty();
    }
}
