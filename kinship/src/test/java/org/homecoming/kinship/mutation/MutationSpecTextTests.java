package org.homecoming.kinship.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MutationSpecTextTests {

    @Nested
    class RoundTrip {
        @Test
        void everyParametricModelReadsBackEqual() {
            List<MutationSpec> specs = List.of(MutationSpec.none(), MutationSpec.equal(0.001), MutationSpec.equal(0),
                    MutationSpec.proportional(0.001), MutationSpec.proportional(1.0 / 3),
                    MutationSpec.stepwise(0.002, 1e-6, 0.1), MutationSpec.stepwise(0.001, 0, 0.1),
                    MutationSpec.extendedStepwise(0.002, 1e-6, 0.1), MutationSpec.extendedStepwise(0.7, 0.3, 12.5));
            for (MutationSpec s : specs) {
                assertThat(MutationSpec.parse(s.text())).as(s.text()).isEqualTo(s);
                assertThat(s.toString()).isEqualTo(s.text());
            }
            for (MutationSpec.Kind k : MutationSpec.Kind.values()) {
                assertThat(specs.stream().map(MutationSpec::kind).anyMatch(k::equals) || k == MutationSpec.Kind.CUSTOM)
                        .as("a spec of every parametric kind is tried: %s", k).isTrue();
            }
        }

        @Test
        void theTextFormIsTheOneStoredInDatabases() {
            assertThat(MutationSpec.none().text()).isEqualTo("none");
            assertThat(MutationSpec.equal(0.001).text()).isEqualTo("equal(rate=0.001)");
            assertThat(MutationSpec.proportional(0.001).text()).isEqualTo("proportional(rate=0.001)");
            assertThat(MutationSpec.stepwise(0.001, 0, 0.1).text()).isEqualTo("stepwise(rate=0.001, rate2=0.0, range=0.1)");
            assertThat(MutationSpec.extendedStepwise(0.002, 1e-6, 0.1).text())
                    .isEqualTo("extended stepwise(rate=0.002, rate2=1.0E-6, range=0.1)");
            assertThat(MutationSpec.custom().text()).isEqualTo("custom");
        }

        @Test
        void textsStoredByEarlierVersionsStillParse() {
            assertThat(MutationSpec.parse("proportional(rate=0.001)")).isEqualTo(MutationSpec.proportional(0.001));
            assertThat(MutationSpec.parse(" stepwise(rate=0.001, rate2=0.0, range=0.1) "))
                    .isEqualTo(MutationSpec.stepwise(0.001, 0, 0.1));
            assertThat(MutationSpec.parse("none")).isEqualTo(MutationSpec.none());
        }
    }

    @Nested
    class Refused {
        @Test
        void aCustomModelIsNamedButNotRebuilt() {
            assertThatThrownBy(() -> MutationSpec.parse("custom")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not a mutation model: 'custom': a custom model cannot be rebuilt from text, "
                            + "its matrix comes from a file");
        }

        @ParameterizedTest
        @ValueSource(strings = {"wobbly(rate=0.1)", "equal", "equal()", "equal(rate=0.1", "none(rate=0.1)",
                "stepwise(rate=0.1)", "stepwise(rate=0.1, range=0.1, rate2=0)", "proportional(rate=abc)",
                "equal(rate=1.5)", "stepwise(rate=0.1, rate2=0.0, range=0.0)", "PROPORTIONAL(rate=0.1)", ""})
        void badTextIsRefusedWithTheTextQuoted(String text) {
            assertThatThrownBy(() -> MutationSpec.parse(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("not a mutation model: '" + text + "': ");
        }

        @Test
        void theReasonSaysWhatWasExpected() {
            assertThatThrownBy(() -> MutationSpec.parse("stepwise(rate=0.1)"))
                    .hasMessage("not a mutation model: 'stepwise(rate=0.1)': expected stepwise(rate=NUMBER, rate2=NUMBER, range=NUMBER)");
            assertThatThrownBy(() -> MutationSpec.parse("equal(rate=1.5)"))
                    .hasMessage("not a mutation model: 'equal(rate=1.5)': mutation rate must be in [0, 1]: 1.5");
            assertThatThrownBy(() -> MutationSpec.parse("proportional(rate=abc)"))
                    .hasMessage("not a mutation model: 'proportional(rate=abc)': rate is not a number");
            assertThatThrownBy(() -> MutationSpec.parse("geometric"))
                    .hasMessage("not a mutation model: 'geometric': the name must be one of none, equal, proportional, "
                            + "stepwise, extended stepwise, custom");
        }
    }

    @Nested
    class FromSetting {
        @Test
        void theFourShortNamesTakeOneRate() {
            assertThat(MutationSpec.fromSetting("--mutation", "none", 0.001)).isEqualTo(MutationSpec.none());
            assertThat(MutationSpec.fromSetting("--mutation", "equal", 0.002)).isEqualTo(MutationSpec.equal(0.002));
            assertThat(MutationSpec.fromSetting("--mutation", "proportional", 0.001))
                    .isEqualTo(MutationSpec.proportional(0.001));
            assertThat(MutationSpec.fromSetting("--mutation", "stepwise", 0.003))
                    .isEqualTo(MutationSpec.stepwise(0.003, 0, 0.1));
        }

        @Test
        void otherNamesAreRefusedNamingTheSetting() {
            for (String name : List.of("wobbly", "custom", "extended stepwise", "Proportional", "proportional(rate=0.1)")) {
                assertThatThrownBy(() -> MutationSpec.fromSetting("--mutation", name, 0.001))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("--mutation must be none, equal, proportional or stepwise: " + name);
            }
        }
    }
}
