package org.homecoming.kinship.locus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.homecoming.kinship.mutation.MutationMatrix;
import org.homecoming.kinship.mutation.MutationModel;
import org.junit.jupiter.api.Test;

class LocusTests {

    final Locus l = Locus.of("TH01", List.of("6", "7"), new double[] {0.4, 0.6});

    @Test
    void missingAlleleIsAddedAtTheMinimumFrequencyAndRenormalised() {
        Locus m = l.withMutation(MutationModel.equal(0.01, 2)).withMissingAlleles(List.of("7", "9.3"), 0.001);
        assertThat(m.alleles()).containsExactly("6", "7", "9.3");
        assertThat(m.frequency(2)).isCloseTo(0.001 / 1.001, within(1e-15));
        assertThat(m.mutation().female().get(0, 2)).isCloseTo(0.005, within(1e-15));
    }

    @Test
    void databaseOfKnownSizeGivesFiveOverTwoN() {
        assertThat(Locus.minimumFrequency(500)).isEqualTo(0.005);
    }

    @Test
    void customMatrixCannotBeExtended() {
        Locus c = l.withMutation(MutationModel.custom(MutationMatrix.identity(2)));
        assertThatThrownBy(() -> c.withMissingAlleles(List.of("8"), 0.001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("locus TH01: cannot add alleles [8] to a custom mutation matrix");
    }

    @Test
    void frequenciesThatDoNotSumToOneAreRefused() {
        assertThatThrownBy(() -> new Locus("L", List.of("1", "2"), new double[] {0.5, 0.4}, null, Chromosome.AUTOSOMAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("locus L: frequencies must sum to 1: 0.9");
    }

    @Test
    void genotypesAreUnorderedAndSortedByLabel() {
        assertThat(Genotype.of("9.3", "7")).isEqualTo(Genotype.of("7", "9.3"));
        assertThat(Genotype.parse("10/9").allele1()).isEqualTo("9");
        assertThat(GenotypeIndex.alleles(GenotypeIndex.index(3, 1))).containsExactly(1, 3);
        assertThat(GenotypeIndex.count(4)).isEqualTo(10);
    }
}
