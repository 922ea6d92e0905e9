package org.homecoming.kinship.lr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.locus.Chromosome;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Test;

class KinshipAnalysisTests {

    final Locus l1 = new Locus("L1", List.of("A", "B"), new double[] {0.05, 0.95}, null, Chromosome.AUTOSOMAL);
    final Locus l2 = new Locus("L2", List.of("A", "B"), new double[] {0.10, 0.90}, null, Chromosome.AUTOSOMAL);
    final GenotypeTable data = GenotypeTable.builder().put("F", "L1", "A", "A").put("C", "L1", "A", "A")
            .put("F", "L2", "A", "A").put("C", "L2", "A", "A").build();
    final List<Hypothesis> hypotheses = List.of(new Hypothesis("father", Pedigree.nuclear("F", "M", "C")),
            new Hypothesis("unrelated", Pedigree.singleton("F", Sex.MALE).union(Pedigree.singleton("C", Sex.MALE))));

    @Test
    void paternityDuoAtTwoMarkersGivesTwoHundred() {
        LrResult r = KinshipAnalysis.run(hypotheses, data, List.of(l1, l2), LikelihoodOptions.defaults(), "unrelated");
        LikelihoodRatio lr = r.lr().get("father");
        assertThat(lr.total()).isCloseTo(200, within(200e-9));
        assertThat(lr.log10()).isCloseTo(Math.log10(200), within(1e-12));
        assertThat(lr.markers().get("L1")).isCloseTo(20, within(20e-9));
        assertThat(r.lr().get("unrelated").total()).isEqualTo(1.0);
        assertThat(r.hypothesis("father").logLikelihood()).isCloseTo(Math.log(0.05 * 0.05 * 0.1 * 0.1 * 0.05 * 0.1),
                within(1e-12));
    }

    @Test
    void exclusionAgainstAPossibleReferenceIsZero() {
        GenotypeTable excluded = GenotypeTable.builder().put("F", "L1", "A", "A").put("C", "L1", "B", "B").build();
        LrResult r = KinshipAnalysis.run(hypotheses, excluded, List.of(l1), LikelihoodOptions.defaults(), "unrelated");
        assertThat(r.lr().get("father").total()).isZero();
        assertThat(r.lr().get("father").log10()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void impossibleUnderBothIsNaN() {
        GenotypeTable excluded = GenotypeTable.builder().put("F", "L1", "A", "A").put("C", "L1", "B", "B").build();
        LrResult r = KinshipAnalysis.run(hypotheses, excluded, List.of(l1), LikelihoodOptions.defaults(), "father");
        assertThat(r.lr().get("father").total()).isNaN();
        assertThat(r.lr().get("unrelated").total()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void missingReferenceIsNamed() {
        assertThatThrownBy(() -> KinshipAnalysis.run(hypotheses, data, List.of(l1), LikelihoodOptions.defaults(), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reference hypothesis x is not among the hypotheses [father, unrelated]");
    }

    @Test
    void duplicateHypothesisNameIsRefused() {
        Hypothesis h = hypotheses.get(0);
        assertThatThrownBy(() -> KinshipAnalysis.run(List.of(h, h), data, List.of(l1), LikelihoodOptions.defaults(),
                "father")).isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate hypothesis name: father");
    }
}
