package org.homecoming.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class YHaplotypeTests {

    @Nested
    class Parsing {
        @Test
        void readsSingleMultiCopyMicrovariantAndNullCalls() {
            YHaplotype h = YHaplotype.parse("DYS19=14 DYS385=14-11 DYS458=17.2 DYS448=null");
            assertThat(h.loci()).containsExactly("DYS19", "DYS385", "DYS458", "DYS448");
            assertThat(h.call("DYS385").orElseThrow().alleles()).containsExactly("11", "14");
            assertThat(h.call("DYS458").orElseThrow()).isEqualTo(YStrCall.of("17.2"));
            assertThat(h.call("DYS448").orElseThrow().isNull()).isTrue();
            assertThat(h.call("DYS391")).isEmpty();
            assertThat(h).hasToString("DYS19=14 DYS385=11,14 DYS458=17.2 DYS448=null");
        }

        @Test
        void multiCopyCallsAreUnordered() {
            assertThat(YStrCall.parse("14,11")).isEqualTo(YStrCall.parse("11/14"));
        }

        @Test
        void rejectsALocusListedTwice() {
            assertThatThrownBy(() -> YHaplotype.parse("DYS19=14 DYS390=23 DYS19=15"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Y-STR locus listed twice: DYS19");
        }

        @Test
        void rejectsAnAlleleThatIsNotARepeatNumber() {
            assertThatThrownBy(() -> YHaplotype.parse("DYS19=14x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Y-STR allele must be a repeat number such as 14 or 13.2: 14x");
        }

        @Test
        void rejectsAnEntryWithoutEqualsSign() {
            assertThatThrownBy(() -> YHaplotype.parse("DYS19 14"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Y-STR haplotype entry must read LOCUS=ALLELES: DYS19");
        }

        @Test
        void rejectsABlankHaplotypeAndABlankCall() {
            assertThatThrownBy(() -> YHaplotype.parse("  "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Y-STR haplotype must not be blank");
            assertThatThrownBy(() -> YStrCall.parse(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Y-STR call must not be blank: ''");
        }

        @Test
        void rejectsABlankLocusName() {
            assertThatThrownBy(() -> YHaplotype.builder().locus(" ", "14"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Y-STR locus name must not be blank: ' '");
        }

        @Test
        void rejectsAnEmptyHaplotype() {
            assertThatThrownBy(() -> YHaplotype.builder().build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Y-STR haplotype must type at least one locus");
        }
    }

    @Nested
    class Frequency {
        private static final List<String> LOCI = List.of("DYS19", "DYS389I", "DYS390", "DYS391", "DYS392", "DYS393");

        /** A synthetic reference set: 200 random haplotypes plus {@code copies} of the query. */
        private List<YHaplotype> reference(YHaplotype query, int copies) {
            SplittableRandom random = new SplittableRandom(7);
            List<YHaplotype> set = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                YHaplotype.Builder b = YHaplotype.builder();
                for (String locus : LOCI) {
                    // Alleles 20..29 never equal the query's 13–17, so no random haplotype matches it.
                    b.locus(locus, String.valueOf(20 + random.nextInt(10)));
                }
                set.add(b.build());
            }
            for (int i = 0; i < copies; i++) {
                set.add(query);
            }
            set.add(YHaplotype.parse("DYS19=14 DYS389I=13"));
            return set;
        }

        @Test
        void countsMatchesAmongHaplotypesTypedAtEveryQueryLocus() {
            YHaplotype query = YHaplotype.parse("DYS19=14 DYS389I=13 DYS390=17 DYS391=16 DYS392=15 DYS393=13");
            HaplotypeFrequency f = query.frequencyIn(reference(query, 2));
            // The two-locus haplotype at the end cannot be compared at six loci: N = 200 + 2.
            assertThat(f.matches()).isEqualTo(2);
            assertThat(f.size()).isEqualTo(202);
            assertThat(f.estimate()).isCloseTo(2 / 202.0, within(1e-15));
        }

        @Test
        void anUnseenHaplotypeGetsTheClosedFormBound() {
            YHaplotype query = YHaplotype.parse("DYS19=14 DYS389I=13 DYS390=17 DYS391=16 DYS392=15 DYS393=13");
            HaplotypeFrequency f = query.frequencyIn(reference(query, 0));
            assertThat(f.matches()).isZero();
            assertThat(f.upperBound()).isCloseTo(1 - Math.pow(0.05, 1 / 200.0), within(1e-15));
        }

        @Test
        void rejectsAReferenceSetWithNoComparableHaplotype() {
            YHaplotype query = YHaplotype.parse("DYS19=14 DYS635=23");
            assertThatThrownBy(() -> query.frequencyIn(List.of(YHaplotype.parse("DYS19=14"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no reference haplotype is typed at all of [DYS19, DYS635]");
        }
    }
}
