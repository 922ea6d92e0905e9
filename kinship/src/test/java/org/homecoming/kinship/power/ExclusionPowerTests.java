package org.homecoming.kinship.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.mutation.MutationModel;
import org.homecoming.kinship.pedigree.Pedigree;
import org.junit.jupiter.api.Test;

class ExclusionPowerTests {

    private static final Locus SNP = Locus.of("M1", List.of("1", "2"), new double[] {0.1, 0.9});
    private static final Locus EVEN = Locus.of("M2", List.of("1", "2"), new double[] {0.5, 0.5});
    private static final Pedigree PATERNITY = Pedigree.nuclear("AF", "MO", "CH");
    private static final GenotypeTable NOBODY = GenotypeTable.builder().build();

    @Test
    void paternityClaimWithNobodyTypedExcludesOppositeHomozygotes() {
        // kinship-cases.md case 12: AF and CH unrelated in truth; the claim is excluded exactly
        // when one is 1/1 and the other 2/2: 2 p² q² = 2 · 0.01 · 0.81 = 0.0162.
        assertThat(ExclusionPower.ofMarker(PATERNITY, NOBODY, SNP, List.of("AF", "CH"))).isCloseTo(0.0162, within(1e-15));
    }

    @Test
    void aTypedFatherExcludesEveryChildWithoutHisAllele() {
        // AF = 1/1: a random CH is excluded unless it carries a 1: q² = 0.81.
        GenotypeTable father = GenotypeTable.builder().put("AF", "M1", Genotype.of("1", "1")).build();
        assertThat(ExclusionPower.ofMarker(PATERNITY, father, SNP, List.of("CH"))).isCloseTo(0.81, within(1e-15));
    }

    @Test
    void markersCombineAsIndependentChancesOfExclusion() {
        // M2: 2 · 0.25 · 0.25 = 0.125; total 1 − (1 − 0.0162)(1 − 0.125) = 0.139175.
        ExclusionPowerResult r = ExclusionPower.of(PATERNITY, NOBODY, List.of(SNP, EVEN), List.of("AF", "CH"));
        assertThat(r.perMarker()).containsOnlyKeys("M1", "M2");
        assertThat(r.perMarker().get("M2")).isCloseTo(0.125, within(1e-15));
        assertThat(r.total()).isCloseTo(0.139175, within(1e-14));
        assertThat(r.expectedExclusions()).isCloseTo(0.1412, within(1e-14));
    }

    @Test
    void incompatibleReferencesGiveNaNAndAreLeftOutOfTheTotal() {
        Pedigree family = Pedigree.nuclear("FA", "MO", "S1", "MP");
        GenotypeTable refs = GenotypeTable.builder()
                .put("FA", "M1", Genotype.of("1", "1")).put("MO", "M1", Genotype.of("1", "1"))
                .put("S1", "M1", Genotype.of("2", "2"))
                .put("FA", "M2", Genotype.of("1", "1")).put("MO", "M2", Genotype.of("1", "1"))
                .build();
        ExclusionPowerResult r = ExclusionPower.of(family, refs, List.of(SNP, EVEN), List.of("MP"));
        assertThat(r.perMarker().get("M1")).isNaN();
        // M2: parents 1/1 and 1/1 exclude any child that is not 1/1: 1 − 0.25.
        assertThat(r.total()).isCloseTo(0.75, within(1e-15));
    }

    @Test
    void aMutationModelIsSwitchedOffWhenTheReferencesNeedNone() {
        // With mutation any child genotype would be possible and nothing excluded; forrel (and
        // this class) drop the model when the references are compatible without it.
        Locus mutating = SNP.withMutation(MutationModel.equal(0.01, 2));
        GenotypeTable father = GenotypeTable.builder().put("AF", "M1", Genotype.of("1", "1")).build();
        assertThat(ExclusionPower.ofMarker(PATERNITY, father, mutating, List.of("CH"))).isCloseTo(0.81, within(1e-15));
    }

    @Test
    void aMutationModelIsKeptWhenOnlyItExplainsTheReferences() {
        // Parents 1/1 and 1/1 with a 2/2 child need a mutation; with it, every genotype of a
        // further child is possible, so nothing is excluded.
        Locus mutating = SNP.withMutation(MutationModel.equal(0.01, 2));
        Pedigree family = Pedigree.nuclear("FA", "MO", "S1", "MP");
        GenotypeTable refs = GenotypeTable.builder()
                .put("FA", "M1", Genotype.of("1", "1")).put("MO", "M1", Genotype.of("1", "1"))
                .put("S1", "M1", Genotype.of("2", "2")).build();
        assertThat(ExclusionPower.ofMarker(family, refs, mutating, List.of("MP"))).isZero();
    }

    @Test
    void rejectsAnAvailablePersonOutsideTheClaim() {
        assertThatThrownBy(() -> ExclusionPower.ofMarker(PATERNITY, NOBODY, SNP, List.of("XX")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("available person is not in the claimed pedigree: XX");
    }

    @Test
    void rejectsAnAvailablePersonAlreadyTyped() {
        GenotypeTable father = GenotypeTable.builder().put("AF", "M1", Genotype.of("1", "2")).build();
        assertThatThrownBy(() -> ExclusionPower.ofMarker(PATERNITY, father, SNP, List.of("AF")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("available person AF is already typed at M1");
    }

    @Test
    void rejectsAnEmptyListOfAvailablePersons() {
        assertThatThrownBy(() -> ExclusionPower.ofMarker(PATERNITY, NOBODY, SNP, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("available persons must not be empty");
    }
}
