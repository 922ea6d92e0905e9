package org.homecoming.kinship.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.homecoming.kinship.likelihood.LikelihoodOptions;
import org.homecoming.kinship.lineage.LineageConclusion;
import org.homecoming.kinship.lineage.LineageMarker;
import org.homecoming.kinship.lineage.LineageResult;
import org.homecoming.kinship.lineage.MitoProfile;
import org.homecoming.kinship.lineage.YHaplotype;
import org.homecoming.kinship.locus.Genotype;
import org.homecoming.kinship.locus.GenotypeTable;
import org.homecoming.kinship.locus.Locus;
import org.homecoming.kinship.pedigree.Pedigree;
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
        SearchResult r = DatabaseSearch.run(index, List.of(Remains.of("R1", Map.of("L", Genotype.of("10", "11")))),
                SearchOptions.defaults().withThreshold(1));
        LineageEvidence e = new LineageEvidence(Map.of("S", YHaplotype.parse(Y), "R1", YHaplotype.parse(Y)), Map.of());
        SearchResult with = e.attach(r, List.of(f));
        assertThat(with.reported()).singleElement().satisfies(c -> {
            assertThat(c.lineage()).extracting(LineageResult::conclusion).containsExactly(LineageConclusion.CANNOT_EXCLUDE);
            assertThat(c.lr()).isEqualTo(r.reported().get(0).lr());
        });
        assertThat(with.aboveThreshold().get(0).lineage()).hasSize(1);
    }
}
