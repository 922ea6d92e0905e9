package org.homecoming.kinship.io.familias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationMatrix;
import org.junit.jupiter.api.Test;

/** Loci as pedFamilias' readFam() builds them: frequencies, stationary stepwise, fallbacks. */
class LocusConversionTests {

    private final List<String> warnings = new ArrayList<>();

    private Locus convert(FamiliasMutation female, FamiliasMutation male, List<String> alleles, double... f) {
        FamiliasLocus l = new FamiliasLocus("L", female, male, alleles, f, 1000, 0, 0, 1);
        return LocusConversion.convert("t.fam", l, Set.of(), false, new ArrayList<>(), warnings);
    }

    @Test
    void frequenciesSummingToOneAreUsedAsWritten() {
        Locus l = convert(FamiliasMutation.none(), FamiliasMutation.none(), List.of("1", "2", "3"),
                0.3333333, 0.3333333, 0.3333333);
        assertThat(l.frequencies()).containsExactly(0.3333333, 0.3333333, 0.3333333);
        assertThat(warnings).isEmpty();
    }

    @Test
    void roundedFrequenciesAreRenormalisedWithANote() {
        Locus l = convert(FamiliasMutation.none(), FamiliasMutation.none(), List.of("1", "2"), 0.4, 0.5995);
        assertThat(l.frequency(0)).isCloseTo(0.4 / 0.9995, within(1e-15));
        assertThat(warnings).singleElement().asString().contains("renormalised");
    }

    @Test
    void stationaryStepwiseIsPedmutsPmStabilisation() {
        // pedmut::stabilize(mutationMatrix("stepwise", afreq = c(.2, .3, .5), rate = .1, rate2 = .01, range = .1))
        double[][] expected = {
            {0.86904761904761929, 0.11904761904761892, 0.011904761904761892},
            {0.079365079365079305, 0.84126984126984139, 0.079365079365079305},
            {0.0047619047619047554, 0.047619047619047554, 0.94761904761904769}};
        FamiliasMutation m = new FamiliasMutation(FamiliasModel.STEPWISE_STATIONARY, 0.1, 0.01, 0.1);
        Locus l = convert(m, m, List.of("1", "2", "3"), 0.2, 0.3, 0.5);
        for (MutationMatrix x : List.of(l.mutation().female(), l.mutation().male())) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    assertThat(x.get(i, j)).isCloseTo(expected[i][j], within(1e-15));
                }
            }
            assertThat(x.isStationary(l.frequencies())).isTrue();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aStationaryModelThatDoesNotExistFallsBackToEqual() {
        // pedmut: "PM stabilization doesn't exist." for these parameters
        FamiliasMutation m = new FamiliasMutation(FamiliasModel.STEPWISE_STATIONARY, 0.3, 0, 0.5);
        Locus l = convert(m, FamiliasMutation.none(), List.of("9", "10", "11"), 0.05, 0.9, 0.05);
        assertThat(l.mutation().female().get(0, 0)).isEqualTo(0.7);
        assertThat(l.mutation().female().get(0, 2)).isEqualTo(0.15);
        assertThat(l.mutation().male().isIdentity()).isTrue();
        assertThat(warnings).singleElement().asString().contains("stationary").contains("equal");
    }

    @Test
    void unstationaryAndExtendedStepwiseAreTheStepwiseMatrix() {
        FamiliasMutation two = new FamiliasMutation(FamiliasModel.STEPWISE_UNSTATIONARY, 0.02, 0.001, 0.2);
        FamiliasMutation four = new FamiliasMutation(FamiliasModel.EXTENDED_STEPWISE, 0.02, 0.001, 0.2);
        Locus a = convert(two, two, List.of("9", "9.3", "10", "11"), 0.1, 0.2, 0.3, 0.4);
        Locus b = convert(four, four, List.of("9", "9.3", "10", "11"), 0.1, 0.2, 0.3, 0.4);
        assertThat(a.mutation().female()).isEqualTo(b.mutation().female());
        // 9 → 10 and 9 → 11 share rate 0.02 in proportion 0.2 : 0.04; 9 → 9.3 gets rate2
        assertThat(a.mutation().female().get(0, 2)).isCloseTo(0.02 * 0.2 / 0.24, within(1e-15));
        assertThat(a.mutation().female().get(0, 1)).isCloseTo(0.001, within(1e-15));
    }

    @Test
    void aNonNumericAlleleSwitchesBothSexesToEqual() {
        FamiliasMutation step = new FamiliasMutation(FamiliasModel.EXTENDED_STEPWISE, 0.01, 0, 0.1);
        FamiliasMutation prop = new FamiliasMutation(FamiliasModel.PROPORTIONAL, 0.02, 0, 0);
        Locus l = convert(prop, step, List.of("9", "10", "X"), 0.3, 0.3, 0.4);
        assertThat(l.mutation().female().get(0, 1)).isCloseTo(0.01, within(1e-15));
        assertThat(l.mutation().male().get(0, 1)).isCloseTo(0.005, within(1e-15));
        assertThat(warnings).singleElement().asString().contains("'X'");
    }
}
