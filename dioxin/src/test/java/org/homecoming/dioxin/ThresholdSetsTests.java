package org.homecoming.dioxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Classification against the threshold sets in force for a land class, date and matrix. */
class ThresholdSetsTests {

    private final ThresholdSets sets = ThresholdSets.standard();

    private static List<String> setIds(List<ThresholdClassification> cs) {
        return cs.stream().map(c -> c.threshold().setId()).toList();
    }

    @Nested
    class TheShippedFile {

        @Test
        void everyRowNamesItsLegalSource() {
            assertThat(sets.all()).isNotEmpty().allSatisfy(t -> assertThat(t.legalSource()).isNotBlank());
        }

        @Test
        void qcvn45IsInForceFromItsCircularUntilItsReplacementWasIssued() {
            List<ThresholdClassification> in2015 = sets.classify(1250, "INDUSTRIAL_COMMERCIAL", LocalDate.of(2015, 1, 1), "SOIL");
            assertThat(setIds(in2015)).containsExactly("QCVN_45_2012", "TCVN_8183_2009");
            assertThat(in2015).allMatch(ThresholdClassification::exceeds);
            assertThat(setIds(sets.classify(1250, "INDUSTRIAL_COMMERCIAL", LocalDate.of(2012, 12, 24), "SOIL")))
                    .containsExactly("TCVN_8183_2009");
            assertThat(setIds(sets.classify(1250, "INDUSTRIAL_COMMERCIAL", LocalDate.of(2024, 1, 1), "SOIL")))
                    .containsExactly("TCVN_8183_2009");
        }

        @Test
        void forestLandHasTheLowerLimit() {
            List<ThresholdClassification> cs = sets.classify(150, "FOREST", LocalDate.of(2016, 6, 1), "SOIL");
            ThresholdClassification qcvn = cs.stream().filter(c -> c.threshold().setId().equals("QCVN_45_2012")).findFirst().orElseThrow();
            assertThat(qcvn.threshold().limit()).isEqualTo(100);
            assertThat(qcvn.exceeds()).isTrue();
            assertThat(cs.stream().filter(c -> c.threshold().setId().equals("TCVN_8183_2009")).findFirst().orElseThrow().exceeds())
                    .isFalse();
        }

        @Test
        void treatedSoilIsHeldToTheProjectTarget() {
            List<ThresholdClassification> cs = sets.classify(160, "FOREST", LocalDate.of(2026, 1, 1), "TREATED_SOIL");
            assertThat(setIds(cs)).containsExactly("PROJECT_TARGET");
            assertThat(cs.get(0).exceeds()).isTrue();
            assertThat(cs.get(0).threshold().tefScheme()).contains(TefSchemeId.WHO_2005);
            assertThat(sets.classify(150, "FOREST", LocalDate.of(2026, 1, 1), "TREATED_SOIL").get(0).exceeds()).isFalse();
        }

        @Test
        void residentialSoilMeetsTheUsGoal() {
            assertThat(setIds(sets.classify(900, "RESIDENTIAL", LocalDate.of(2020, 1, 1), "SOIL")))
                    .containsExactly("TCVN_8183_2009", "US_EPA_OSWER_1998");
        }
    }

    /** Three land classes and a replacement on a date, as a data file can state them. */
    @Nested
    class ByLandClassAndDate {

        private final ThresholdSets byClass = new ThresholdSets(List.of(
                row("OLD", null, LocalDate.of(2019, 12, 31), "CLASS_1", 40),
                row("NEW", LocalDate.of(2020, 1, 1), null, "CLASS_1", 20),
                row("NEW", LocalDate.of(2020, 1, 1), null, "CLASS_2", 300),
                row("NEW", LocalDate.of(2020, 1, 1), null, "CLASS_3", 1200)));

        private static Threshold row(String set, LocalDate from, LocalDate to, String landClass, double limit) {
            return new Threshold(set, set, "test", Optional.ofNullable(from), Optional.ofNullable(to), landClass, "SOIL",
                    limit, Optional.empty(), ThresholdPurpose.REGULATORY_LIMIT, "");
        }

        @Test
        void theSetInForceOnTheSampleDateIsUsed() {
            List<ThresholdClassification> before = byClass.classify(30, "CLASS_1", LocalDate.of(2019, 12, 31), "SOIL");
            assertThat(setIds(before)).containsExactly("OLD");
            assertThat(before.get(0).exceeds()).isFalse();
            List<ThresholdClassification> after = byClass.classify(30, "CLASS_1", LocalDate.of(2020, 1, 1), "SOIL");
            assertThat(setIds(after)).containsExactly("NEW");
            assertThat(after.get(0).exceeds()).isTrue();
        }

        @Test
        void eachLandClassHasItsOwnLimitAndTheLimitItselfDoesNotExceed() {
            LocalDate d = LocalDate.of(2024, 5, 1);
            assertThat(byClass.classify(300, "CLASS_2", d, "SOIL")).singleElement().satisfies(c -> {
                assertThat(c.threshold().limit()).isEqualTo(300);
                assertThat(c.exceeds()).isFalse();
            });
            assertThat(byClass.classify(300.5, "class_2", d, "soil")).singleElement().satisfies(c -> assertThat(c.exceeds()).isTrue());
            assertThat(byClass.classify(300, "CLASS_3", d, "SOIL").get(0).exceeds()).isFalse();
            assertThat(byClass.classify(300, "CLASS_4", d, "SOIL")).isEmpty();
        }

        @Test
        void aNegativeTeqIsRefused() {
            assertThatThrownBy(() -> byClass.classify(-1, "CLASS_1", LocalDate.of(2024, 1, 1), "SOIL"))
                    .hasMessage("TEQ must be a finite number >= 0: -1.0");
        }
    }
}
