package org.homecoming.simulator.genetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.homecoming.kinship.lineage.LineageValue;
import org.homecoming.kinship.lineage.YHaplotype;
import org.homecoming.kinship.lineage.YStrComparison;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class YHaplotypesTests {

    /** Slot order: the kit's. */
    private static final int[] HAPLOTYPE = {18, 13, 19, 29, 15, 10, 22, 12, 11, 10, 14, 18, 21, 23, 12, 13, 10, 12, 17,
        12, 18, 15, 12};

    /**
     * The published father-son rates, typed here from the sources (YHRD release 61 via Genes 11:566 Table 1;
     * DYS549, DYS643 and DYS385a/b from Sci Rep 9:9032 Table 1, GP column), DYS389II as its whole-region rate.
     */
    private static final Map<String, Double> PUBLISHED = published();

    private static Map<String, Double> published() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("DYS576", 0.0126);
        m.put("DYS389I", 0.00272);
        m.put("DYS448", 0.00139);
        m.put("DYS389II", 0.00433);
        m.put("DYS19", 0.00220);
        m.put("DYS391", 0.00253);
        m.put("DYS481", 0.00488);
        m.put("DYS549", 0.00452);
        m.put("DYS533", 0.00368);
        m.put("DYS438", 0.000351);
        m.put("DYS437", 0.00132);
        m.put("DYS570", 0.0114);
        m.put("DYS635", 0.00421);
        m.put("DYS390", 0.00208);
        m.put("DYS439", 0.00546);
        m.put("DYS392", 0.000496);
        m.put("DYS643", 0.00113);
        m.put("DYS393", 0.00107);
        m.put("DYS458", 0.00617);
        m.put("DYS385", 0.00537);
        m.put("DYS456", 0.00441);
        m.put("Y_GATA_H4", 0.00301);
        return m;
    }

    @Nested
    class Format {

        @Test
        void allTwentyThreeCallsAreWrittenInKitOrderWithDys385AsTwoCopies() {
            assertThat(YHaplotypes.format(HAPLOTYPE, null)).isEqualTo("DYS576=18;DYS389I=13;DYS448=19;DYS389II=29;"
                    + "DYS19=15;DYS391=10;DYS481=22;DYS549=12;DYS533=11;DYS438=10;DYS437=14;DYS570=18;DYS635=21;"
                    + "DYS390=23;DYS439=12;DYS392=13;DYS643=10;DYS393=12;DYS458=17;DYS385=12,18;DYS456=15;"
                    + "Y_GATA_H4=12");
        }

        @Test
        void uncalledLociAreLeftOutAndDys385GoesWithItsFirstCopy() {
            boolean[] called = new boolean[23];
            called[0] = true;
            called[19] = true;
            called[20] = true;
            called[22] = true;
            assertThat(YHaplotypes.format(HAPLOTYPE, called)).isEqualTo("DYS576=18;DYS385=12,18;Y_GATA_H4=12");
        }

        @Test
        void theEngineReadsTwentyTwoLociAndTheTwoDys385Copies() {
            YHaplotype y = LineageValue.y(YHaplotypes.format(YHaplotypes.founder(new SplittableRandom(1)), null));
            assertThat(y.loci()).containsExactlyElementsOf(PUBLISHED.keySet());
            assertThat(y.call("DYS385").orElseThrow().copies()).isEqualTo(2);
        }
    }

    @Nested
    class Mutation {

        @Test
        void slotRatesAreThePublishedOnesWithDys389IIsOwnPartAndDys385Split() {
            Map<String, Double> byLocus = new HashMap<>();
            YHaplotypes.SLOTS.forEach(s -> byLocus.merge(s.locus(), s.rate(), Double::sum));
            byLocus.merge("DYS389II", byLocus.get("DYS389I"), Double::sum);
            PUBLISHED.forEach((locus, rate) -> assertThat(byLocus.get(locus)).as(locus).isCloseTo(rate, within(1e-9)));
            // 0.08261 by hand: the published 22 rates sum to 0.08533, less DYS389I counted again inside DYS389II
            assertThat(YHaplotypes.totalRate()).isCloseTo(0.085327 - 0.00272, within(1e-6));
        }

        @Test
        void mutationsPerMeiosisMatchTheSumOfTheTable() {
            SplittableRandom rng = new SplittableRandom(7);
            int meioses = 50_000;
            int events = 0;
            for (int i = 0; i < meioses; i++) {
                int[] father = YHaplotypes.founder(rng);
                events += events(father, YHaplotypes.son(father, rng));
            }
            // expected 0.08261 x 50 000 = 4130, sd 64: four sd either way
            assertThat(events).isBetween(4130 - 257, 4130 + 257);
        }

        @Test
        void fastAndSlowLociMutateAtTheirOwnRates() {
            SplittableRandom rng = new SplittableRandom(8);
            int meioses = 200_000;
            int dys576 = 0;
            int dys438 = 0;
            int twoSteps = 0;
            int steps = 0;
            for (int i = 0; i < meioses; i++) {
                int[] son = YHaplotypes.son(HAPLOTYPE, rng);
                dys576 += son[0] != HAPLOTYPE[0] ? 1 : 0;
                dys438 += son[9] != HAPLOTYPE[9] ? 1 : 0;
                for (int s : new int[] {0, 4, 11, 18}) {
                    int d = Math.abs(son[s] - HAPLOTYPE[s]);
                    steps += d > 0 ? 1 : 0;
                    twoSteps += d == 2 ? 1 : 0;
                }
            }
            // DYS576: 2520 expected (sd 50); DYS438: 70 (sd 8.4); two-step: 4% of about 6100
            assertThat(dys576).isBetween(2320, 2720);
            assertThat(dys438).isBetween(40, 104);
            assertThat(twoSteps / (double) steps).isCloseTo(0.04, within(0.012));
        }

        @Test
        void aStepAtDys389IMovesDys389IIWithIt() {
            SplittableRandom rng = new SplittableRandom(9);
            int seen = 0;
            for (int i = 0; i < 100_000; i++) {
                int[] son = YHaplotypes.son(HAPLOTYPE, rng);
                int d1 = son[YHaplotypes.DYS389I] - HAPLOTYPE[YHaplotypes.DYS389I];
                if (d1 != 0) {
                    seen++;
                    assertThat(son[YHaplotypes.DYS389II] - HAPLOTYPE[YHaplotypes.DYS389II]).isEqualTo(d1);
                }
            }
            assertThat(seen).isGreaterThan(200);
        }

        /** Mutation events: changed slots, DYS389II counted by its part outside DYS389I, DYS385 as one pair. */
        private int events(int[] father, int[] son) {
            int n = 0;
            for (int i = 0; i < father.length; i++) {
                if (i == YHaplotypes.DYS389II || i == YHaplotypes.DYS385 || i == YHaplotypes.DYS385 + 1) {
                    continue;
                }
                n += father[i] != son[i] ? 1 : 0;
            }
            int outsideFather = father[YHaplotypes.DYS389II] - father[YHaplotypes.DYS389I];
            int outsideSon = son[YHaplotypes.DYS389II] - son[YHaplotypes.DYS389I];
            n += outsideFather != outsideSon ? 1 : 0;
            int[] a = Arrays.copyOfRange(father, YHaplotypes.DYS385, YHaplotypes.DYS385 + 2);
            int[] b = Arrays.copyOfRange(son, YHaplotypes.DYS385, YHaplotypes.DYS385 + 2);
            n += Arrays.equals(a, b) ? 0 : 1;
            return n;
        }
    }

    @Nested
    class Founders {

        private final List<YHaplotype> founders = founders(2000, new SplittableRandom(10));

        @Test
        void unrelatedMenAlmostNeverShareAHaplotype() {
            Map<YHaplotype, Integer> counts = new HashMap<>();
            founders.forEach(y -> counts.merge(y, 1, Integer::sum));
            long shared = founders.stream().filter(y -> counts.get(y) > 1).count();
            assertThat(shared).as("founders sharing their 23-locus haplotype with another").isLessThan(20);
        }

        @Test
        void unrelatedMenDifferAtMostLociAndFastLociAreTheMostDiverse() {
            double mismatching = 0;
            for (int i = 0; i < 1000; i++) {
                mismatching += YStrComparison.of(founders.get(i), founders.get(i + 1000)).mismatchingLoci();
            }
            // PowerPlex Y23 in East Asian populations: unrelated men differ at about 14-18 of the 22 loci
            assertThat(mismatching / 1000).isBetween(13.0, 19.0);
            assertThat(diversity("DYS576")).isBetween(0.75, 0.92);
            assertThat(diversity("DYS438")).isBetween(0.2, 0.6);
            assertThat(diversity("DYS576")).isGreaterThan(diversity("DYS19")).isGreaterThan(diversity("DYS438"));
        }

        private double diversity(String locus) {
            Map<String, Integer> counts = new HashMap<>();
            founders.forEach(y -> counts.merge(y.call(locus).orElseThrow().toString(), 1, Integer::sum));
            double h = 1;
            for (int c : counts.values()) {
                h -= Math.pow(c / (double) founders.size(), 2);
            }
            return h;
        }

        private static List<YHaplotype> founders(int n, SplittableRandom rng) {
            List<YHaplotype> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(LineageValue.y(YHaplotypes.format(YHaplotypes.founder(rng), null)));
            }
            return list;
        }
    }
}
