package org.homecoming.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.lineage.HaplotypeFrequency;
import org.homecoming.kinship.lineage.LineageConclusion;
import org.homecoming.kinship.lineage.LineageMarker;
import org.homecoming.kinship.lineage.LineageReference;
import org.homecoming.kinship.lineage.LineageResult;
import org.homecoming.kinship.lineage.MitoProfile;
import org.homecoming.kinship.lineage.YHaplotype;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Test;

class LineageEvidenceTests {

    private static final String Y = "DYS19=14;DYS389I=13;DYS390=23;DYS391=10;DYS392=11;DYS393=12;DYS437=14;DYS438=10";
    private static final String Y_FAR = "DYS19=16;DYS389I=15;DYS390=25;DYS391=12;DYS392=14;DYS393=15;DYS437=16;DYS438=12";

    /** Father, mother, the missing son MP and his brother S, who is typed for Y and autosomes. */
    private static SearchFamily family() {
        Pedigree p = Pedigree.nuclear("FA", "MO", "MP", "S");
        return new SearchFamily("F1", "MP", p, GenotypeTable.builder().put("S", "L", Genotype.of("10", "11")).build());
    }

    private static Candidate candidate(String remains) {
        return new Candidate(remains, "F1", "MP", 100, 2, 1, 0, List.of());
    }

    @Test
    void theBrothersYAndTheMothersMtDnaAreComparedWithTheRemains() {
        MitoProfile mito = MitoProfile.parse("16024-576", "16223T 16519C 73G 263G");
        LineageEvidence e = new LineageEvidence(
                Map.of("S", YHaplotype.parse(Y), "R1", YHaplotype.parse(Y), "R2", YHaplotype.parse(Y_FAR)),
                Map.of("MO", mito, "R1", mito));
        List<LineageResult> same = e.compare(candidate("R1"), family());
        assertThat(same).extracting(LineageResult::marker).containsExactly(LineageMarker.Y_STR, LineageMarker.MTDNA);
        assertThat(same).extracting(LineageResult::conclusion)
                .containsExactly(LineageConclusion.CANNOT_EXCLUDE, LineageConclusion.CANNOT_EXCLUDE);
        List<LineageResult> far = e.compare(candidate("R2"), family());
        assertThat(far).extracting(LineageResult::conclusion).containsExactly(LineageConclusion.EXCLUSION);
    }

    /**
     * A paternal cousin is on the missing person's Y line (MP ← FA ← GF → UN → CO, four meioses): when he
     * is the only one typed for Y-STR, the remains' Y is compared with his.
     */
    @Test
    void aPaternalCousinTypedForYGivesTheYEvidence() {
        Pedigree p = Pedigree.builder().founder("GF", Sex.MALE).founder("GM", Sex.FEMALE).founder("MO", Sex.FEMALE)
                .founder("AU", Sex.FEMALE).person("FA", "GF", "GM", Sex.MALE).person("UN", "GF", "GM", Sex.MALE)
                .person("MP", "FA", "MO", Sex.MALE).person("CO", "UN", "AU", Sex.MALE).build();
        SearchFamily f = new SearchFamily("F1", "MP", p, GenotypeTable.builder().put("CO", "L", Genotype.of("10", "11")).build());
        LineageEvidence e = new LineageEvidence(
                Map.of("CO", YHaplotype.parse(Y), "R1", YHaplotype.parse(Y), "R2", YHaplotype.parse(Y_FAR)), Map.of());
        assertThat(e.compare(candidate("R1"), f)).singleElement().satisfies(r -> {
            assertThat(r.marker()).isEqualTo(LineageMarker.Y_STR);
            assertThat(r.conclusion()).isEqualTo(LineageConclusion.CANNOT_EXCLUDE);
            // counted among CO, R1 and R2: x = 2 of N = 3, upper bound 0.95^(1/3), LR its inverse
            assertThat(r.likelihoodRatio().getAsDouble()).isCloseTo(1 / Math.cbrt(0.95), within(1e-9));
        });
        assertThat(e.compare(candidate("R2"), f)).extracting(LineageResult::conclusion)
                .containsExactly(LineageConclusion.EXCLUSION);
    }

    @Test
    void noReferenceOnTheLineMeansNoComparison() {
        // the father's Y would be on the line, but only the mother is typed, and only for Y (women carry none)
        LineageEvidence e = new LineageEvidence(Map.of("MO", YHaplotype.parse(Y), "R1", YHaplotype.parse(Y)), Map.of());
        assertThat(e.compare(candidate("R1"), family())).isEmpty();
    }

    @Test
    void attachAddsTheResultsToEveryReportedCandidate() {
        SearchFamily f = family();
        SearchIndex index = SearchIndex.build(List.of(f), List.of(Locus.of("L",
                List.of("10", "11", "12"), new double[] {0.2, 0.3, 0.5})), LikelihoodOptions.defaults(), 1);
        SearchResult r = DatabaseSearch.run(index, List.of(RemainsProfile.of("R1", Map.of("L", Genotype.of("10", "11")))),
                SearchOptions.defaults().withThreshold(1));
        LineageEvidence e = new LineageEvidence(Map.of("S", YHaplotype.parse(Y), "R1", YHaplotype.parse(Y)), Map.of());
        SearchResult with = e.attach(r, List.of(f));
        assertThat(with.reported()).singleElement().satisfies(c -> {
            assertThat(c.lineage()).extracting(LineageResult::conclusion).containsExactly(LineageConclusion.CANNOT_EXCLUDE);
            assertThat(c.lr()).isEqualTo(r.reported().get(0).lr());
        });
        assertThat(with.aboveThreshold().get(0).lineage()).hasSize(1);
    }

    /** Without a population set the case's own rows are counted: S, R1 match, R2 does not: x = 2 of N = 3. */
    @Test
    void withoutAReferenceSetTheCasesOwnHaplotypesAreCounted() {
        LineageEvidence e = new LineageEvidence(
                Map.of("S", YHaplotype.parse(Y), "R1", YHaplotype.parse(Y), "R2", YHaplotype.parse(Y_FAR)), Map.of());
        HaplotypeFrequency f = e.compare(candidate("R1"), family()).get(0).frequency().orElseThrow();
        assertThat(f.matches()).isEqualTo(2);
        assertThat(f.size()).isEqualTo(3);
        // P(X <= 2 | N = 3, p) = 1 - p^3 = 0.05
        assertThat(f.upperBound()).isCloseTo(Math.cbrt(0.95), within(1e-9));
        assertThat(e.reference()).isEmpty();
    }

    /** With a population set, the frequency is counted there and nowhere else (hand-computed one-sided 95% bounds). */
    @Test
    void aReferenceSetIsWhereFrequenciesAreCounted() {
        MitoProfile mito = MitoProfile.parse("16024-576", "16223T 16519C 73G 263G");
        MitoProfile other = MitoProfile.parse("16024-576", "16189C 73G 263G");
        List<YHaplotype> twenty = new ArrayList<>(Collections.nCopies(20, YHaplotype.parse(Y_FAR)));
        LineageEvidence e = new LineageEvidence(
                Map.of("S", YHaplotype.parse(Y), "R1", YHaplotype.parse(Y)), Map.of("MO", mito, "R1", mito),
                Optional.of(new LineageReference(twenty, List.of(mito, other))));
        List<LineageResult> r = e.compare(candidate("R1"), family());
        HaplotypeFrequency y = r.get(0).frequency().orElseThrow();
        assertThat(List.of(y.matches(), y.size())).containsExactly(0, 20);
        // x = 0: 1 - 0.05^(1/20) = 0.139109, LR 7.18862
        assertThat(y.upperBound()).isCloseTo(0.139109, within(1e-6));
        assertThat(r.get(0).likelihoodRatio().getAsDouble()).isCloseTo(7.18862, within(1e-4));
        HaplotypeFrequency m = r.get(1).frequency().orElseThrow();
        assertThat(List.of(m.matches(), m.size())).containsExactly(1, 2);
        // P(X <= 1 | N = 2, p) = 1 - p^2 = 0.05
        assertThat(m.upperBound()).isCloseTo(Math.sqrt(0.95), within(1e-9));
    }

    /** A set with nobody typed at the remains' loci cannot weigh the match: inconclusive, not a failure. */
    @Test
    void aReferenceSetTypedAtOtherLociLeavesTheComparisonInconclusive() {
        LineageEvidence e = new LineageEvidence(Map.of("S", YHaplotype.parse(Y), "R1", YHaplotype.parse(Y)), Map.of(),
                Optional.of(new LineageReference(List.of(YHaplotype.parse("DYS19=14")), List.of())));
        assertThat(e.compare(candidate("R1"), family())).extracting(LineageResult::conclusion)
                .containsExactly(LineageConclusion.INCONCLUSIVE);
    }
}
