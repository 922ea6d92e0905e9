package org.homecoming.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MitoProfileTests {

    @Nested
    class Notation {
        @Test
        void readsSubstitutionsDeletionsInsertionsAndHeteroplasmy() {
            MitoProfile p = MitoProfile.parse("16024-576", "16223T 16519C 263G 315.1C 309.1C 73G 523- 524d 16093Y");
            assertThat(p.variants()).extracting(MitoVariant::toString)
                    .containsExactly("73G", "263G", "309.1C", "315.1C", "523-", "524-", "16093Y", "16223T", "16519C");
            MitoVariant het = p.variantAt("16093").orElseThrow();
            assertThat(het.isHeteroplasmy()).isTrue();
            assertThat(p.variantAt("315.1").orElseThrow().isInsertion()).isTrue();
            assertThat(p.variantAt("523").orElseThrow().isDeletion()).isTrue();
        }

        @Test
        void rangesMayCrossTheOrigin() {
            assertThat(MitoRange.parse("16024-576")).isEqualTo(MitoRange.CONTROL_REGION);
            assertThat(MitoRange.CONTROL_REGION.contains(16569)).isTrue();
            assertThat(MitoRange.CONTROL_REGION.contains(1)).isTrue();
            assertThat(MitoRange.CONTROL_REGION.contains(1000)).isFalse();
            // 16024..16569 is 546 positions, 1..576 another 576.
            assertThat(MitoRange.CONTROL_REGION.length()).isEqualTo(1122);
            assertThat(MitoRange.HVS1.length()).isEqualTo(342);
        }

        @Test
        void rejectsAnUnknownBase() {
            assertThatThrownBy(() -> MitoVariant.parse("16223Z"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA variant 16223Z: unknown base 'Z' (expected A, C, G, T, an IUPAC two-base "
                            + "code R Y S W K M, or d or - for a deletion)");
        }

        @Test
        void rejectsAnUnknownIupacCode() {
            // N and three-base codes are not point heteroplasmy.
            assertThatThrownBy(() -> MitoVariant.parse("16223N"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("mtDNA variant 16223N: unknown base 'N'");
            assertThatThrownBy(() -> MitoVariant.parse("16223B"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("mtDNA variant 16223B: unknown base 'B'");
        }

        @Test
        void rejectsAPositionOutsideTheGenome() {
            assertThatThrownBy(() -> MitoVariant.parse("20000T"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA variant 20000T: position must be in [1, 16569]: 20000");
            assertThatThrownBy(() -> MitoVariant.parse("0A"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA variant 0A: position must be in [1, 16569]: 0");
        }

        @Test
        void rejectsAVariantOutsideTheTypedRange() {
            assertThatThrownBy(() -> MitoProfile.parse("16024-16365", "16223T 263G"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA variant 263G lies outside the typed range 16024-16365");
        }

        @Test
        void rejectsASiteListedTwice() {
            assertThatThrownBy(() -> MitoProfile.parse("16024-16365", "16223T 16311C 16223Y"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA site 16223 listed twice");
        }

        @Test
        void rejectsTheReferenceBaseWrittenAsADifference() {
            assertThatThrownBy(() -> MitoVariant.parse("16223C"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA variant 16223C: C is the rCRS base at 16223; list differences from the rCRS only");
        }

        @Test
        void rejectsMalformedVariants() {
            assertThatThrownBy(() -> MitoVariant.parse("T16223"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA variant must start with an rCRS position: 'T16223'");
            assertThatThrownBy(() -> MitoVariant.parse("16223"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA variant 16223: missing base after the position");
            assertThatThrownBy(() -> MitoVariant.parse("315.1CC"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA variant 315.1CC: expected one base after the position, got 'CC'");
            assertThatThrownBy(() -> MitoVariant.parse("315.0C"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA variant 315.0C: insertion index must be at least 1");
            assertThatThrownBy(() -> MitoVariant.parse("315.1d"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA variant 315.1-: an insertion cannot be a deletion");
        }

        @Test
        void rejectsMalformedRanges() {
            assertThatThrownBy(() -> MitoRange.parse("HVS1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA range must read START-END such as 16024-16365: HVS1");
            assertThatThrownBy(() -> MitoRange.parse("16024-17000"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA range end must be in [1, 16569]: 17000");
            assertThatThrownBy(() -> MitoProfile.parse(" ", "16223T"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA profile must have at least one typed range");
        }

        @Test
        void refusesATooLongRangePositionAsOutOfRangeNotAsANumberFormat() {
            // Found by MitoProfileFuzzTests: Integer.parseInt overflowed and leaked NumberFormatException.
            assertThatThrownBy(() -> MitoRange.parse("160265191602-6145"))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA range start must be in [1, 16569]: 160265191602 in 160265191602-6145");
            assertThatThrownBy(() -> MitoRange.parse("16024-99999999999"))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA range end must be in [1, 16569]: 99999999999 in 16024-99999999999");
        }

        @Test
        void refusesATooLongInsertionIndexAsOutOfRangeNotAsANumberFormat() {
            assertThatThrownBy(() -> MitoVariant.parse("315.99999999999C"))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("mtDNA variant 315.99999999999C: insertion index must be at most 999999: 99999999999");
        }
    }

    @Nested
    class Frequency {
        /** 300 synthetic HVS-I profiles, each with two random transitions the query never carries. */
        private List<MitoProfile> reference(MitoProfile query, int copies) {
            SplittableRandom random = new SplittableRandom(11);
            List<MitoProfile> set = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int p = 16240 + random.nextInt(50);
                set.add(new MitoProfile(List.of(MitoRange.CONTROL_REGION),
                        List.of(MitoVariant.parse("16223T"), transition(p), transition(p + 60))));
            }
            for (int i = 0; i < copies; i++) {
                set.add(query);
            }
            set.add(MitoProfile.parse("73-340", "263G"));
            return set;
        }

        private MitoVariant transition(int position) {
            char ref = Rcrs.base(position);
            char to = switch (ref) {
                case 'A' -> 'G';
                case 'G' -> 'A';
                case 'C' -> 'T';
                default -> 'C';
            };
            return new MitoVariant(position, 0, to);
        }

        @Test
        void countsMatchesAmongProfilesCoveringTheQueryRange() {
            MitoProfile query = MitoProfile.parse("16024-16365", "16223T 16362C");
            MitoProfile heteroplasmic = MitoProfile.parse("16024-16365", "16223Y 16362C");
            List<MitoProfile> set = new ArrayList<>(reference(query, 3));
            set.add(heteroplasmic);
            HaplotypeFrequency f = query.frequencyIn(set);
            // The HVS-II-only profile cannot be compared; the heteroplasmic one shares T at 16223.
            assertThat(f.size()).isEqualTo(304);
            assertThat(f.matches()).isEqualTo(4);
        }

        @Test
        void rejectsAReferenceSetThatCoversNothing() {
            MitoProfile query = MitoProfile.parse("16024-16365", "16223T");
            assertThatThrownBy(() -> query.frequencyIn(List.of(MitoProfile.parse("73-340", ""))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no reference mtDNA profile covers the typed range 16024-16365");
        }
    }
}
