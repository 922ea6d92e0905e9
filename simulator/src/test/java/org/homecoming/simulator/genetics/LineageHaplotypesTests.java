package org.homecoming.simulator.genetics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LineageHaplotypesTests {

    private final int[] haplotype = {15, 13, 18, 13, 29, 23, 10, 13, 12, 14, 10, 12, 19, 15, 17, 21, 12};

    @Test
    void yHaplotypeIsWrittenWithDys385AsTwoCopies() {
        assertThat(YHaplotypes.format(haplotype, null)).isEqualTo("DYS19=15;DYS385=13,18;DYS389I=13;DYS389II=29;"
                + "DYS390=23;DYS391=10;DYS392=13;DYS393=12;DYS437=14;DYS438=10;DYS439=12;DYS448=19;DYS456=15;"
                + "DYS458=17;DYS635=21;Y_GATA_H4=12");
    }

    @Test
    void uncalledYLociAreLeftOut() {
        boolean[] called = new boolean[17];
        called[1] = true;
        called[2] = true;
        called[16] = true;
        assertThat(YHaplotypes.format(haplotype, called)).isEqualTo("DYS385=13,18;Y_GATA_H4=12");
    }

    @Test
    void sonsMostlyCarryTheirFathersHaplotype() {
        SplittableRandom rng = new SplittableRandom(3);
        int same = 0;
        for (int i = 0; i < 1000; i++) {
            int[] son = YHaplotypes.son(haplotype, rng);
            same += java.util.Arrays.equals(son, haplotype) ? 1 : 0;
        }
        // (1 - 0.0025)^17 = 0.958
        assertThat(same).isBetween(940, 975);
    }

    @Test
    void mtDnaIsWrittenAlongTheRangeHvs1BeforeHvs2() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int i = 0; i < 200; i++) {
            String value = MtHaplotypes.format(MtHaplotypes.founder(rng, i % 2 == 0));
            assertThat(value).startsWith("16024-576:");
            List<String> v = MtHaplotypes.variants(value);
            for (int k = 1; k < v.size(); k++) {
                assertThat(MtHaplotypes.key(v.get(k - 1))).isLessThan(MtHaplotypes.key(v.get(k)));
            }
        }
        TreeSet<String> h = MtHaplotypes.founder(new SplittableRandom(0), false);
        assertThat(MtHaplotypes.key("16223T")).isLessThan(MtHaplotypes.key("73G"));
        assertThat(MtHaplotypes.key("315.1C")).isGreaterThan(MtHaplotypes.key("315T"));
        assertThat(h).isNotEmpty();
    }
}
