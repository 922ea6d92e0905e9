package org.homecoming.kinship.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentificationFiguresTests {

    private static PairEvidence pair(String r, String m, double log10Lr, OptionalDouble lnLineage, ContextFactors c) {
        return new PairEvidence(r, "F-" + m, m, log10Lr * Math.log(10), lnLineage, c);
    }

    /**
     * R1 is M1 and R2 is M2 (both families typed); R3 is M3, whose family has no typed relative.
     * Accepted: R1×M1 (true), R2×M1 (false), R3×M3 (true, though not identifiable): 3 identifications,
     * 2 true, 1 false; named 1 of 2 identifiable.
     */
    @Test
    void countsTrueAndFalseIdentificationsAndTheIdentifiableNamed() {
        List<CombinedPair> pairs = CombinedPair.score(List.of(
                pair("R1", "M1", 6, OptionalDouble.empty(), ContextFactors.NONE),
                pair("R2", "M1", 5, OptionalDouble.empty(), ContextFactors.NONE),
                pair("R2", "M2", 1, OptionalDouble.empty(), ContextFactors.NONE),
                pair("R3", "M3", 4, OptionalDouble.empty(), ContextFactors.NONE)), EvidenceSet.AUTOSOMAL,
                new MatchingPrior(0.5, 2), ExclusivePosterior.Settings.defaults());
        IdentificationFigures f = IdentificationFigures.of(pairs, p -> p.log10Lr() >= 4 - 1e-9,
                Map.of("R1", "M1", "R2", "M2", "R3", "M3"), Set.of("M1", "M2"));
        assertThat(List.of(f.identifications(), f.correct(), f.wrong(), f.identifiable(), f.named()))
                .containsExactly(3, 2, 1, 2, 1);
        assertThat(f.namedShare()).isEqualTo(0.5);
    }

    /** ln LR of a set adds only its kinds: 10³ autosomal, lineage 50, context 2 × 3 × 1 × 20 = 120. */
    @Test
    void eachEvidenceSetAddsOnlyItsKinds() {
        PairEvidence p = pair("R1", "M1", 3, OptionalDouble.of(Math.log(50)), new ContextFactors(2, 3, 1, 20));
        assertThat(Math.exp(p.lnLr(EvidenceSet.AUTOSOMAL))).isCloseTo(1e3, within(1e-9));
        assertThat(Math.exp(p.lnLr(EvidenceSet.WITH_LINEAGE))).isCloseTo(5e4, within(1e-7));
        assertThat(Math.exp(p.lnLr(EvidenceSet.WITH_CONTEXT))).isCloseTo(1.2e5, within(1e-6));
        assertThat(Math.exp(p.lnLr(EvidenceSet.ALL))).isCloseTo(6e6, within(1e-4));
        PairEvidence excluded = pair("R1", "M1", 3, OptionalDouble.of(Double.NEGATIVE_INFINITY), ContextFactors.NONE);
        assertThat(excluded.lnLr(EvidenceSet.ALL)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(excluded.lnLr(EvidenceSet.WITH_CONTEXT)).isCloseTo(3 * Math.log(10), within(1e-12));
    }
}
