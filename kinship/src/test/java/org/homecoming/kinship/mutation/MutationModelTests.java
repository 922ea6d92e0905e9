package org.homecoming.kinship.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MutationModelTests {

    static void assertRow(MutationMatrix m, int row, double... expected) {
        for (int j = 0; j < expected.length; j++) {
            assertThat(m.get(row, j)).as("entry [%d][%d]", row, j).isCloseTo(expected[j], within(1e-12));
        }
    }

    @Nested
    class Equal {
        @Test
        void staysWithOneMinusRateAndSpreadsTheRateEvenly() {
            MutationMatrix m = MutationModel.equal(0.1, 3).female();
            assertRow(m, 0, 0.9, 0.05, 0.05);
            assertRow(m, 2, 0.05, 0.05, 0.9);
        }

        @Test
        void rateZeroIsTrivial() {
            assertThat(MutationModel.equal(0, 4).isTrivial()).isTrue();
        }

        @Test
        void isLumpableForAnySubset() {
            assertThat(MutationModel.equal(0.1, 4).female().isLumpable(new int[] {1, 2, 3})).isTrue();
        }
    }

    @Nested
    class Proportional {
        @Test
        void twoAllelesMatchCaseEleven() {
            MutationMatrix m = MutationModel.proportional(0.1, new double[] {0.9, 0.1}).female();
            assertRow(m, 0, 0.9444444444444444, 0.0555555555555556);
            assertRow(m, 1, 0.5, 0.5);
        }

        @Test
        void keepsTheFrequenciesStationary() {
            double[] p = {0.1, 0.2, 0.3, 0.4};
            assertThat(MutationModel.proportional(0.05, p).female().isStationary(p)).isTrue();
        }

        @Test
        void rateAboveTheMaximumIsRefused() {
            assertThatThrownBy(() -> MutationModel.proportional(0.9, new double[] {0.9, 0.1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("proportional mutation rate exceeds its maximum 0.19999").hasMessageEndingWith(" for these frequencies: 0.9");
        }
    }

    @Nested
    class Stepwise {
        @Test
        void integerLadderWeightsStepsByRange() {
            MutationMatrix m = MutationModel.stepwise(List.of("9", "10", "11"), 0.1, 0, 0.5).female();
            assertRow(m, 1, 0.05, 0.9, 0.05);
            assertRow(m, 0, 0.9, 0.1 * 0.5 / 0.75, 0.1 * 0.25 / 0.75);
        }

        @Test
        void microvariantsMutateWithRate2() {
            MutationMatrix m = MutationModel.stepwise(List.of("9", "9.3", "10"), 0.1, 0.01, 0.5).female();
            assertRow(m, 0, 0.89, 0.01, 0.1);
            assertRow(m, 1, 0.005, 0.99, 0.005);
            assertRow(m, 2, 0.1, 0.01, 0.89);
        }

        @Test
        void extendedStepwiseBuildsTheSameMatrix() {
            List<String> a = List.of("9", "9.3", "10");
            double[] p = {0.3, 0.3, 0.4};
            MutationModel s = MutationModel.of(MutationSpec.stepwise(0.01, 0.001, 0.2),
                    MutationSpec.stepwise(0.01, 0.001, 0.2), a, p);
            MutationModel e = MutationModel.of(MutationSpec.extendedStepwise(0.01, 0.001, 0.2),
                    MutationSpec.extendedStepwise(0.01, 0.001, 0.2), a, p);
            assertThat(e.female()).isEqualTo(s.female());
        }

        @Test
        void nonNumericAllelesAreRefused() {
            assertThatThrownBy(() -> MutationModel.stepwise(List.of("9", "X"), 0.1, 0, 0.5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the stepwise mutation model requires numeric alleles: X");
        }

        @Test
        void twoDecimalMicrovariantsAreRefused() {
            assertThatThrownBy(() -> MutationModel.stepwise(List.of("9", "9.25"), 0.1, 0, 0.5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("microvariants must be named as a decimal number with one decimal: 9.25");
        }
    }

    @Nested
    class SpecsAndMatrices {
        @Test
        void separateFemaleAndMaleMatrices() {
            MutationModel m = MutationModel.of(MutationSpec.equal(0.1), MutationSpec.equal(0.2), List.of("1", "2"),
                    new double[] {0.5, 0.5});
            assertThat(m.matrix(false).get(0, 1)).isEqualTo(0.1);
            assertThat(m.matrix(true).get(0, 1)).isEqualTo(0.2);
        }

        @Test
        void rateOutsideTheUnitIntervalIsRefused() {
            assertThatThrownBy(() -> MutationSpec.equal(1.3)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mutation rate must be in [0, 1]: 1.3");
        }

        @Test
        void customSpecCannotBeBuiltFromParameters() {
            assertThatThrownBy(() -> MutationModel.of(MutationSpec.custom(), MutationSpec.custom(), List.of("1"),
                    new double[] {1})).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a custom mutation model cannot be built from parameters; give its matrix");
        }

        @Test
        void rowsThatDoNotSumToOneAreRefused() {
            assertThatThrownBy(() -> MutationMatrix.of(new double[][] {{0.5, 0.4}, {0, 1}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mutation matrix row 0 must sum to 1: 0.9");
        }

        @Test
        void nonSquareMatrixIsRefused() {
            assertThatThrownBy(() -> MutationMatrix.of(new double[][] {{1, 0}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mutation matrix must be square: row 0 has 2 entries, expected 1");
        }

        @Test
        void stepwiseIsNotLumpableForAnArbitrarySubset() {
            MutationMatrix m = MutationModel.stepwise(List.of("9", "10", "11", "12"), 0.1, 0, 0.5).female();
            assertThat(m.isLumpable(new int[] {0, 3})).isFalse();
        }
    }
}
