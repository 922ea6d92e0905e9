package org.homecoming.simulator.genetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.LocusFrequencies;
import org.junit.jupiter.api.Test;

class GenomeTests {

    private static final LocusFrequencies TH01 = new LocusFrequencies("TH01", List.of("6", "9.3", "1"),
            new double[] {0.5, 0.25, 0.25});
    private static final Kit KIT = new Kit("test", List.of(TH01));

    @Test
    void stepwiseMutationMovesOneRepeatAndKeepsTheMicrovariant() {
        AlleleSampler s = new AlleleSampler(TH01);
        assertThat(s.label(s.step(1, +1))).isEqualTo("10.3");
        assertThat(s.label(s.step(1, -1))).isEqualTo("8.3");
        assertThat(s.label(s.step(0, -1))).isEqualTo("5");
        assertThat(s.label(s.step(2, -1))).as("no allele below one repeat").isEqualTo("2");
        assertThat(s.step(0, +1)).as("a new allele keeps its index").isEqualTo(s.step(0, +1));
    }

    @Test
    void foundersFollowThePopulationFrequencies() {
        AlleleSampler s = new AlleleSampler(TH01);
        SplittableRandom rng = new SplittableRandom(1);
        int sixes = 0;
        for (int i = 0; i < 20_000; i++) {
            sixes += s.draw(rng) == 0 ? 1 : 0;
        }
        assertThat(sixes / 20_000.0).isBetween(0.49, 0.51);
    }

    @Test
    void withMutationRateOneEveryTransmittedAlleleIsOneStepFromAParentalAllele() {
        Genome g = new Genome(KIT, 1);
        SplittableRandom rng = new SplittableRandom(2);
        int[] father = {0, 0};
        int[] mother = {1, 1};
        for (int i = 0; i < 100; i++) {
            String[] child = g.labels(g.child(father, mother, rng), 0);
            assertThat(List.of(child)).containsAnyOf("5", "7");
            assertThat(List.of(child)).containsAnyOf("8.3", "10.3");
        }
    }

    @Test
    void labelsComeSmallerFirstByRepeatNumber() {
        assertThat(Genome.compareAlleles("9.3", "10")).isNegative();
        assertThat(Genome.compareAlleles("X", "10")).isPositive();
        Genome g = new Genome(KIT, 0);
        assertThat(g.labels(new int[] {1, 0}, 0)).containsExactly("6", "9.3");
    }

    @Test
    void mutationRateOutsideZeroOneIsRejected() {
        assertThatThrownBy(() -> new Genome(KIT, 1.3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mutation rate must be in [0, 1]: 1.3");
    }

    @Test
    void kitOrderStartsWithCodisAndEndsThe23WithThePentas() {
        FrequencyDatabase db = new FrequencyDatabase("t", "", List.of(
                new LocusFrequencies("D2S1360", List.of("20"), new double[] {1}),
                new LocusFrequencies("Penta E", List.of("5"), new double[] {1}),
                new LocusFrequencies("TH01", List.of("6"), new double[] {1}),
                new LocusFrequencies("CSF1PO", List.of("10"), new double[] {1})));
        assertThat(Kit.order(db)).containsExactly("CSF1PO", "TH01", "Penta E", "D2S1360");
        assertThat(Kit.select(db, 3).name()).isEqualTo("PPF6C");
        assertThat(Kit.select(db, 4).name()).isEqualTo("PPF6C+NorSTR");
        assertThatThrownBy(() -> Kit.select(db, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("loci must be in [1, 4] for frequency table t: 5");
        assertThat(Kit.size("FGA")).isEqualTo(Kit.AmpliconSize.L);
        assertThat(Kit.size("D3S1358")).isEqualTo(Kit.AmpliconSize.S);
    }
}
