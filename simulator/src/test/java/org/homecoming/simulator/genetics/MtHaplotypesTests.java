package org.homecoming.simulator.genetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.homecoming.kinship.lineage.LineageConclusion;
import org.homecoming.kinship.lineage.LineageValue;
import org.homecoming.kinship.lineage.MitoComparison;
import org.homecoming.kinship.lineage.MitoProfile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MtHaplotypesTests {

    @Nested
    class Founders {

        @Test
        void everyFounderParsesWithTheEngineAndIsWrittenAlongTheRange() {
            SplittableRandom rng = new SplittableRandom(4);
            for (int i = 0; i < 3000; i++) {
                String value = MtHaplotypes.format(MtHaplotypes.founder(rng, i % 3 == 0));
                assertThat(value).startsWith("16024-576:");
                LineageValue.mito(value);
                List<String> v = MtHaplotypes.variants(value);
                for (int k = 1; k < v.size(); k++) {
                    assertThat(MtHaplotypes.key(v.get(k - 1))).as(value).isLessThan(MtHaplotypes.key(v.get(k)));
                }
            }
            assertThat(MtHaplotypes.key("16223T")).isLessThan(MtHaplotypes.key("73G"));
            assertThat(MtHaplotypes.key("315.1C")).isGreaterThan(MtHaplotypes.key("315T"));
        }

        @Test
        void foundersDifferFromTheRcrsAtSixToTwelveSitesAndFromEachOtherAtAboutTen() {
            SplittableRandom rng = new SplittableRandom(5);
            List<MitoProfile> founders = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                MitoProfile p = LineageValue.mito(MtHaplotypes.format(MtHaplotypes.founder(rng, false)));
                founders.add(p);
                sizes.add(p.variants().size());
            }
            Collections.sort(sizes);
            assertThat(sizes.get(1000)).isBetween(8, 11);
            assertThat(sizes.get(200)).isGreaterThanOrEqualTo(6);
            assertThat(sizes.get(1800)).isLessThanOrEqualTo(14);
            double differences = 0;
            for (int i = 0; i < 1000; i++) {
                differences += MitoComparison.of(founders.get(i), founders.get(i + 1000)).differences().size();
            }
            assertThat(differences / 1000).isBetween(8.0, 12.0);
            Map<MitoProfile, Integer> counts = new HashMap<>();
            founders.forEach(p -> counts.merge(p, 1, Integer::sum));
            // control-region haplotypes are shared more than Y-STR ones, but none is common
            assertThat(Collections.max(counts.values())).isLessThan(60);
            assertThat(counts.size()).isGreaterThan(1500);
        }
    }

    @Nested
    class Transmission {

        @Test
        void aPointChangeIsVisibleInOneTransmissionOfThirtyThree() {
            SplittableRandom rng = new SplittableRandom(6);
            int transmissions = 60_000;
            int changed = 0;
            int heteroplasmic = 0;
            int inconclusive = 0;
            int mothers = 0;
            while (mothers < transmissions) {
                TreeSet<String> mother = MtHaplotypes.founder(rng, false);
                if (mother.stream().anyMatch(MtHaplotypes::isHeteroplasmy)) {
                    continue;
                }
                mothers++;
                TreeSet<String> child = MtHaplotypes.child(mother, rng);
                if (!pointVariants(child).equals(pointVariants(mother))) {
                    changed++;
                    heteroplasmic += child.stream().anyMatch(MtHaplotypes::isHeteroplasmy) ? 1 : 0;
                }
                if (child.equals(mother)) {
                    continue;
                }
                MitoComparison c = MitoComparison.of(LineageValue.mito(MtHaplotypes.format(mother)),
                        LineageValue.mito(MtHaplotypes.format(child)));
                assertThat(c.conclusion()).isNotEqualTo(LineageConclusion.EXCLUSION);
                inconclusive += c.conclusion() == LineageConclusion.INCONCLUSIVE ? 1 : 0;
            }
            // 60 000 / 33 = 1818, sd 42; half of the changes a heteroplasmy, which shares a base with the mother
            assertThat(changed).isBetween(1818 - 170, 1818 + 170);
            assertThat(heteroplasmic / (double) changed).isCloseTo(0.5, within(0.06));
            assertThat(inconclusive).isBetween(909 - 130, 909 + 130);
        }

        @Test
        void aMothersHeteroplasmyIsPassedOnAThirdOfTheTimeElseResolvesEitherWay() {
            SplittableRandom rng = new SplittableRandom(7);
            TreeSet<String> mother = MtHaplotypes.of("16093Y", "16223T", "73G", "263G", "315.1C");
            int kept = 0;
            int derived = 0;
            int rcrs = 0;
            int n = 30_000;
            for (int i = 0; i < n; i++) {
                TreeSet<String> child = MtHaplotypes.child(mother, rng);
                kept += child.contains("16093Y") ? 1 : 0;
                derived += child.contains("16093C") ? 1 : 0;
                rcrs += child.stream().noneMatch(v -> v.startsWith("16093")) ? 1 : 0;
            }
            // a third each, sd 0.0027; a new mutation at 16093 (hot spot, 1/33 x 4/130) moves under 0.1%
            assertThat(kept / (double) n).isCloseTo(1 / 3.0, within(0.012));
            assertThat(derived / (double) n).isCloseTo(1 / 3.0, within(0.012));
            assertThat(rcrs / (double) n).isCloseTo(1 / 3.0, within(0.012));
        }

        private TreeSet<String> pointVariants(TreeSet<String> h) {
            TreeSet<String> points = new TreeSet<>(h);
            points.removeIf(v -> v.startsWith("309."));
            return points;
        }
    }
}
