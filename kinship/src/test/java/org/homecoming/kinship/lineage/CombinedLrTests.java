package org.homecoming.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CombinedLrTests {

    private static final LineageResult Y_MATCH =
            LineageResult.of(LineageMarker.Y_STR, LineageConclusion.CANNOT_EXCLUDE, HaplotypeFrequency.of(0, 100));
    private static final LineageResult MT_MATCH =
            LineageResult.of(LineageMarker.MTDNA, LineageConclusion.CANNOT_EXCLUDE, HaplotypeFrequency.of(1, 100));

    @Test
    void aMatchMultipliesTheAutosomalLrByOneOverTheUpperBound() {
        // 1 / (1 − 0.05^(1/100)) = 1 / 0.029513049607039934 = 33.883316475755310 (mpmath)
        assertThat(Y_MATCH.likelihoodRatio().orElseThrow()).isCloseTo(33.88331647575531, within(1e-9));
        CombinedLr c = CombinedLr.of(1000, List.of(Y_MATCH));
        assertThat(c.total()).isCloseTo(33883.31647575531, within(1e-6));
        assertThat(c.log10()).isCloseTo(Math.log10(33883.31647575531), within(1e-12));
    }

    @Test
    void yAndMtDnaAreFurtherIndependentFactors() {
        CombinedLr c = CombinedLr.of(50, List.of(Y_MATCH, MT_MATCH));
        assertThat(c.total()).isCloseTo(50 * 33.88331647575531 / 0.046559811453538945478, within(1e-6));
        assertThat(c.factors()).containsExactly(Y_MATCH, MT_MATCH);
    }

    @Test
    void anExclusionMakesTheTotalZero() {
        LineageResult excluded = LineageResult.of(LineageMarker.MTDNA, LineageConclusion.EXCLUSION);
        assertThat(excluded.likelihoodRatio().orElseThrow()).isZero();
        assertThat(CombinedLr.of(1e6, List.of(Y_MATCH, excluded)).total()).isZero();
    }

    @Test
    void anInconclusiveResultContributesNoFactorAndIsListed() {
        LineageResult inconclusive = LineageResult.of(LineageMarker.Y_STR, LineageConclusion.INCONCLUSIVE);
        assertThat(inconclusive.likelihoodRatio()).isEmpty();
        CombinedLr c = CombinedLr.of(2500, List.of(inconclusive));
        assertThat(c.total()).isEqualTo(2500);
        assertThat(c.withoutLr()).containsExactly(inconclusive);
    }

    @Test
    void resultsAreBuiltFromComparisonsAndCountedOnlyOnAMatch() {
        YHaplotype remains = YHaplotype.parse("DYS19=14 DYS390=24");
        YHaplotype brother = YHaplotype.parse("DYS19=14 DYS390=24");
        List<YHaplotype> reference = List.of(YHaplotype.parse("DYS19=15 DYS390=23"), YHaplotype.parse("DYS19=14 DYS390=24"));
        LineageResult r = LineageResult.ofY(YStrComparison.of(remains, brother), remains, reference);
        assertThat(r.frequency().orElseThrow().matches()).isEqualTo(1);
        assertThat(r.frequency().orElseThrow().size()).isEqualTo(2);
        LineageResult different = LineageResult.ofY(YStrComparison.of(remains, YHaplotype.parse("DYS19=15 DYS390=24")),
                remains, reference);
        assertThat(different.frequency()).isEmpty();
        assertThat(different.conclusion()).isEqualTo(LineageConclusion.INCONCLUSIVE);
    }

    @Test
    void mtDnaResultsAreBuiltTheSameWay() {
        MitoProfile remains = MitoProfile.parse("16024-16365", "16223T");
        LineageResult r = LineageResult.ofMito(MitoComparison.of(remains, MitoProfile.parse("16024-576", "16223T 73G")),
                remains, List.of(MitoProfile.parse("16024-16365", "16311C")));
        assertThat(r.marker()).isEqualTo(LineageMarker.MTDNA);
        assertThat(r.frequency().orElseThrow().matches()).isZero();
        assertThat(r.likelihoodRatio().orElseThrow()).isCloseTo(1 / 0.95, within(1e-12));
    }

    @Test
    void rejectsAMatchWithoutAFrequency() {
        assertThatThrownBy(() -> LineageResult.of(LineageMarker.Y_STR, LineageConclusion.CANNOT_EXCLUDE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Y_STR match needs a haplotype frequency");
    }

    @Test
    void rejectsANegativeOrInfiniteAutosomalLr() {
        assertThatThrownBy(() -> CombinedLr.of(-1, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("autosomal LR must be finite and non-negative: -1.0");
        assertThatThrownBy(() -> CombinedLr.of(Double.POSITIVE_INFINITY, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("autosomal LR must be finite and non-negative: Infinity");
    }
}
