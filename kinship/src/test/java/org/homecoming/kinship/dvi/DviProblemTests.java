package org.homecoming.kinship.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DviProblemTests {

    private static final Pedigree TRIO = Pedigree.nuclear("FA", "MO", "M");
    private static final GenotypeTable FATHER = GenotypeTable.builder().put("FA", "L1", Genotype.of("1", "2")).build();

    private static DviProblem problem(Map<String, Sex> sexes, List<ReferenceFamily> families) {
        GenotypeTable victims = GenotypeTable.builder().put("V1", "L1", Genotype.of("1", "1")).build();
        return new DviProblem(victims, sexes, families, List.of(DviExamples.tenAlleles()), DviOptions.defaults());
    }

    @Nested
    class Problem {

        @Test
        void victimsKeepTheOrderOfTheSexMapAndMissingPersonsTheOrderOfTheFamilies() {
            DviProblem p = DviExamples.example2(DviOptions.defaults());
            assertThat(p.victimIds()).containsExactly("V1", "V2", "V3");
            assertThat(p.missing()).containsExactly("M1", "M2", "M3");
            assertThat(p.familyOfMissing().get("M3").name()).isEqualTo("F2");
        }

        @Test
        void aVictimIdUsedInAFamilyIsRefused() {
            Map<String, Sex> sexes = new LinkedHashMap<>(Map.of("V1", Sex.MALE, "FA", Sex.MALE));
            assertThatThrownBy(() -> problem(sexes, List.of(new ReferenceFamily("F1", TRIO, FATHER, List.of("M")))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("victim id FA clashes with a person of family F1");
        }

        @Test
        void theSameMissingIdInTwoFamiliesIsRefused() {
            ReferenceFamily f1 = new ReferenceFamily("F1", TRIO, FATHER, List.of("M"));
            ReferenceFamily f2 = new ReferenceFamily("F2", TRIO, FATHER, List.of("M"));
            assertThatThrownBy(() -> problem(Map.of("V1", Sex.MALE), List.of(f1, f2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("missing person id M appears in families F1 and F2; give each missing person a unique id");
        }

        @Test
        void twoFamiliesWithOneNameAreRefused() {
            ReferenceFamily f1 = new ReferenceFamily("F1", TRIO, FATHER, List.of("M"));
            ReferenceFamily f2 = new ReferenceFamily("F1", Pedigree.nuclear("A", "B", "C"), GenotypeTable.empty(),
                    List.of("C"));
            assertThatThrownBy(() -> problem(Map.of("V1", Sex.MALE), List.of(f1, f2)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("family name appears twice: F1");
        }

        @Test
        void aTypedVictimWithoutASexEntryIsRefused() {
            assertThatThrownBy(() -> problem(Map.of("V2", Sex.MALE),
                    List.of(new ReferenceFamily("F1", TRIO, FATHER, List.of("M")))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("victim V1 has genotypes but no sex entry");
        }

        @Test
        void theNotIdentifiedSymbolIsNotAVictimId() {
            Map<String, Sex> sexes = new LinkedHashMap<>(Map.of("V1", Sex.MALE, "*", Sex.MALE));
            assertThatThrownBy(() -> problem(sexes, List.of(new ReferenceFamily("F1", TRIO, FATHER, List.of("M")))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("victim id must not be '*' (it means not identified)");
        }
    }

    @Nested
    class Family {

        @Test
        void aMissingPersonOutsideThePedigreeIsRefused() {
            assertThatThrownBy(() -> new ReferenceFamily("F1", TRIO, FATHER, List.of("X")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("missing person X is not in the pedigree of family F1");
        }

        @Test
        void aTypedMissingPersonIsRefused() {
            assertThatThrownBy(() -> new ReferenceFamily("F1", TRIO, FATHER, List.of("FA")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("missing person FA of family F1 is typed");
        }

        @Test
        void aReferenceOutsideThePedigreeIsRefused() {
            GenotypeTable refs = GenotypeTable.builder().put("X", "L1", Genotype.of("1", "2")).build();
            assertThatThrownBy(() -> new ReferenceFamily("F1", TRIO, refs, List.of("M")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("reference X of family F1 is not in its pedigree");
        }

        @Test
        void aFamilyWithoutMissingPersonsIsRefused() {
            assertThatThrownBy(() -> new ReferenceFamily("F1", TRIO, FATHER, List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("family F1 lists no missing person");
        }
    }

    @Nested
    class Options {

        @Test
        void defaultsAreDvirsExceptThatMutationIsKeptAndFixingOnlyPrunes() {
            DviOptions o = DviOptions.defaults();
            assertThat(o.threshold()).isEqualTo(1e4);
            assertThat(o.maxIncompatible()).isEqualTo(2);
            assertThat(o.maxAssignments()).isEqualTo(100_000);
            assertThat(o.mutations()).isEqualTo(MutationPolicy.KEEP);
            assertThat(o.fixing()).isEqualTo(UndisputedFixing.WHEN_NEEDED);
            assertThat(DviOptions.dvir().mutations()).isEqualTo(MutationPolicy.DISABLE_IN_CONSISTENT_FAMILIES);
            assertThat(DviOptions.dvir().fixing()).isEqualTo(UndisputedFixing.ALWAYS);
        }

        @Test
        void aThresholdOfOneOrLessIsRefused() {
            assertThatThrownBy(() -> DviOptions.defaults().withThreshold(1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("threshold must be a number larger than 1: 1.0");
        }

        @Test
        void otherBadSettingsNameTheSettingAndValue() {
            assertThatThrownBy(() -> DviOptions.defaults().withMaxIncompatible(-1))
                    .hasMessage("maxIncompatible must be at least 0: -1");
            assertThatThrownBy(() -> DviOptions.defaults().withLimit(-0.5))
                    .hasMessage("limit must be a finite number at least 0: -0.5");
            assertThatThrownBy(() -> DviOptions.defaults().withMaxAssignments(0))
                    .hasMessage("maxAssignments must be at least 1: 0");
        }
    }
}
