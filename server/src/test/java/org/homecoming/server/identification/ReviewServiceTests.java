package org.homecoming.server.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homecoming.server.registry.ConsentScope;
import org.homecoming.server.registry.Relative;
import org.junit.jupiter.api.Test;

/** What the review panel of the other side keeps of a pair report: only the relatives' DNA it may see. */
class ReviewServiceTests {

    static Relative relative(String ref, boolean geneticVisible) {
        return new Relative(1, ref, "F-1", 7, "BROTHER", "M", null, null, false, "Hùng", 1950, true, null, null, null,
                null, null, Set.of(ConsentScope.RECORD), geneticVisible, null);
    }

    static final PairReport REPORT = new PairReport(
            List.of(new MarkerRow("D3S1358", "15/16", Map.of("FM-1", "15/17", "FM-2", "16/16"), 2.5, false)), 3.2,
            List.of(new LineageRow("Y", "FM-1", "BROTHER", 0, "MATCH", 20.0, "same haplotype", true),
                    new LineageRow("MT", "FM-2", "SISTER", 0, "MATCH", 15.0, "same haplotype", true)),
            4.5, List.of(), true, false, List.of(), null);

    @Test
    void genotypesAndHaplotypesOfRelativesWithoutGeneticConsentAreLeftOut() {
        PairReport seen = ReviewService.withheld(REPORT, List.of(relative("FM-1", true), relative("FM-2", false)));
        assertThat(seen.markers().get(0).references()).containsOnlyKeys("FM-1");
        assertThat(seen.lineage()).extracting(LineageRow::memberRef).containsExactly("FM-1");
        assertThat(seen.log10Lr()).isEqualTo(3.2);
    }

    @Test
    void theOwnSideKeepsEverything() {
        assertThat(ReviewService.withheld(REPORT, List.of(relative("FM-1", true), relative("FM-2", true))))
                .isSameAs(REPORT);
    }
}
