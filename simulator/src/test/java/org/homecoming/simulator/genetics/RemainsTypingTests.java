package org.homecoming.simulator.genetics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.homecoming.kinship.locus.LocusFrequencies;
import org.junit.jupiter.api.Test;

class RemainsTypingTests {

    private static final Kit KIT = new Kit("test", List.of(
            new LocusFrequencies("D3S1358", List.of("15", "16"), new double[] {0.5, 0.5}),
            new LocusFrequencies("FGA", List.of("22", "23"), new double[] {0.5, 0.5})));
    private final Genome genome = new Genome(KIT, 0);
    private final int[] heterozygote = {0, 1, 0, 1};

    @Test
    void freshSamplesAreCalledCompletelyAndNotFlagged() {
        List<RemainsTyping.Call> calls = RemainsTyping.type(genome, heterozygote, 0, new SplittableRandom(1));
        assertThat(calls).containsExactly(new RemainsTyping.Call("D3S1358", "15", "16", false),
                new RemainsTyping.Call("FGA", "22", "23", false));
    }

    @Test
    void longAmpliconsDropOutMoreOftenAtTheModelsRates() {
        SplittableRandom rng = new SplittableRandom(2);
        int n = 20_000;
        int shortCalled = 0;
        int longCalled = 0;
        int allelicDropout = 0;
        for (int i = 0; i < n; i++) {
            for (RemainsTyping.Call c : RemainsTyping.type(genome, heterozygote, 0.5, rng)) {
                if (c.locus().equals("FGA")) {
                    longCalled++;
                    allelicDropout += c.allele1().equals(c.allele2()) ? 1 : 0;
                    assertThat(c.degraded()).isTrue();
                } else {
                    shortCalled++;
                }
            }
        }
        // S: dropout 0.5 x 0.35 = 0.175; L: 0.5 x 1.1 = 0.55, allelic dropout 0.4 x 0.55 = 0.22 of calls made
        assertThat(shortCalled / (double) n).isBetween(0.815, 0.835);
        assertThat(longCalled / (double) n).isBetween(0.44, 0.46);
        assertThat(allelicDropout / (double) longCalled).isBetween(0.20, 0.24);
    }

    @Test
    void degradationOutsideZeroOneIsRejected() {
        assertThatThrownBy(() -> RemainsTyping.type(genome, heterozygote, 1.5, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("degradation must be in [0, 1]: 1.5");
    }
}
