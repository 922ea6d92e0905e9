package org.homecoming.kinship.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.likelihood.Likelihood;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Test;

class FamilyModelTests {

    private static final double[] FREQS = {0.1, 0.2, 0.3, 0.15, 0.25};
    private static final Locus LOCUS = Locus.of("L", List.of("a", "b", "c", "d", "e"), FREQS)
            .withMutation(MutationModel.proportional(0.01, FREQS));

    /** Parents FA = a/b and MO = c/d, a typed son S = a/c, their missing daughter M. */
    private static ReferenceFamily family() {
        Pedigree p = Pedigree.builder().founder("FA", Sex.MALE).founder("MO", Sex.FEMALE)
                .person("S", "FA", "MO", Sex.MALE).person("M", "FA", "MO", Sex.FEMALE).build();
        GenotypeTable refs = GenotypeTable.builder().put("FA", "L", Genotype.of("a", "b"))
                .put("MO", "L", Genotype.of("c", "d")).put("S", "L", Genotype.of("a", "c")).build();
        return new ReferenceFamily("F", p, refs, List.of("M"));
    }

    private static VictimProfiles victims(LikelihoodOptions o) {
        String[][] g = {{"a", "c"}, {"b", "d"}, {"a", "a"}, {"e", "e"}, {"b", "e"}};
        GenotypeTable.Builder b = GenotypeTable.builder();
        Map<String, Sex> sexes = new LinkedHashMap<>();
        for (int i = 0; i < g.length; i++) {
            b.put("V" + i, "L", Genotype.of(g[i][0], g[i][1]));
            sexes.put("V" + i, Sex.FEMALE);
        }
        return new VictimProfiles(b.build(), sexes, List.of(LOCUS), o);
    }

    @Test
    void lrFromTheMissingPersonsGenotypeDistributionEqualsPlacingTheVictimInThePedigree() {
        FamilyModel model = FamilyModel.of(family(), List.of(LOCUS), LikelihoodOptions.defaults());
        VictimProfiles v = victims(LikelihoodOptions.defaults());
        for (String victim : v.ids()) {
            double direct = model.logLikelihood(Map.of("M", victim), v) - model.logLikelihood() - v.logLikelihood(victim);
            assertThat(model.logLr("M", victim, v)).as(victim).isCloseTo(direct, within(1e-12));
        }
    }

    @Test
    void aFullSibOfBothParentsAllelesGetsFourOverTwoPq() {
        FamilyModel model = FamilyModel.of(family(), List.of(LOCUS.withMutation(MutationModel.none(5))),
                LikelihoodOptions.defaults());
        VictimProfiles v = victims(LikelihoodOptions.defaults());
        // b/d: P(M = b/d | parents a/b, c/d) = 1/4 against 2·0.2·0.15 in the population.
        assertThat(Math.exp(model.logLr("M", "V1", v))).isCloseTo(0.25 / (2 * 0.2 * 0.15), within(1e-12));
    }

    @Test
    void victimsNeedingAMutationScoreLowButNotZeroAndAreIncompatibleWithoutIt() {
        FamilyModel model = FamilyModel.of(family(), List.of(LOCUS), LikelihoodOptions.defaults());
        VictimProfiles v = victims(LikelihoodOptions.defaults());
        assertThat(model.logLr("M", "V3", v)).isFinite().isLessThan(Math.log(0.01));
        assertThat(model.incompatibleLoci("M", "V3", v)).containsExactly("L");
        assertThat(model.incompatibleLoci("M", "V1", v)).isEmpty();
        assertThat(model.consistentWithoutMutation()).isTrue();
    }

    @Test
    void withThetaTheUnrelatedVictimSharesTheFamilysUrn() {
        LikelihoodOptions theta = LikelihoodOptions.defaults().withTheta(0.02);
        FamilyModel model = FamilyModel.of(family(), List.of(LOCUS), theta);
        VictimProfiles v = victims(theta);
        Pedigree unrelated = family().pedigree().union(Pedigree.singleton("V0", Sex.FEMALE));
        GenotypeTable data = family().references().with("V0", v.table(), "V0");
        double joint = Likelihood.logLikelihood(unrelated, data, LOCUS, theta);
        double direct = model.logLikelihood(Map.of("M", "V0"), v) - joint;
        assertThat(model.logLr("M", "V0", v)).isCloseTo(direct, within(1e-12));
        // the victim shares alleles a and c with the family: θ makes "unrelated" likelier than the product
        double product = model.logLikelihood() + v.logLikelihood("V0");
        assertThat(joint).isGreaterThan(product + 1e-3);
    }

    @Test
    void referencesImpossibleEvenWithMutationAreRefusedNamingFamilyAndLocus() {
        Pedigree p = Pedigree.nuclear("FA", "MO", "S", "M");
        GenotypeTable refs = GenotypeTable.builder().put("FA", "L", Genotype.of("a", "a"))
                .put("MO", "L", Genotype.of("a", "a")).put("S", "L", Genotype.of("e", "e")).build();
        ReferenceFamily f = new ReferenceFamily("F9", p, refs, List.of("M"));
        assertThatThrownBy(() -> FamilyModel.of(f, List.of(LOCUS.withMutation(MutationModel.none(5))),
                LikelihoodOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the references of family F9 are impossible at locus L under its mutation model");
    }
}
