package org.homecoming.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MitoComparisonTests {

    private static MitoComparison compare(String ranges1, String variants1, String ranges2, String variants2) {
        return MitoComparison.of(MitoProfile.parse(ranges1, variants1), MitoProfile.parse(ranges2, variants2));
    }

    @Test
    void identicalSequencesCannotBeExcluded() {
        MitoComparison c = compare("16024-576", "16223T 16519C 73G 263G", "16024-576", "73G 263G 16223T 16519C");
        assertThat(c.differences()).isEmpty();
        assertThat(c.overlap()).isEqualTo(1122);
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.CANNOT_EXCLUDE);
    }

    @Test
    void oneDifferenceIsInconclusive() {
        MitoComparison c = compare("16024-576", "16223T 73G", "16024-576", "16223T 73G 16311C");
        assertThat(c.differences()).containsExactly(new MitoComparison.SiteDifference("16311", "T", "C"));
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.INCONCLUSIVE);
    }

    @Test
    void twoDifferencesExclude() {
        MitoComparison c = compare("16024-576", "16223T 73G", "16024-576", "16311C 73G 16519C");
        assertThat(c.differences()).extracting(MitoComparison.SiteDifference::site)
                .containsExactly("16223", "16311", "16519");
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.EXCLUSION);
    }

    @Test
    void comparesOnlyTheOverlappingTypedRange() {
        // 263G and 16519C lie outside HVS-I, which is all the first profile typed.
        MitoComparison c = compare("16024-16365", "16223T", "16024-576", "16223T 263G 16519C");
        assertThat(c.overlap()).isEqualTo(342);
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.CANNOT_EXCLUDE);
    }

    @Test
    void noCommonTypedPositionIsInconclusive() {
        MitoComparison c = compare("16024-16365", "16223T", "73-340", "263G");
        assertThat(c.overlap()).isZero();
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.INCONCLUSIVE);
    }

    @Test
    void heteroplasmySharingABaseIsNotADifference() {
        // 16223Y = C/T shares T with 16223T and C with the rCRS base (C) of a profile without it.
        assertThat(compare("16024-16365", "16223Y", "16024-16365", "16223T").differences()).isEmpty();
        assertThat(compare("16024-16365", "16223Y", "16024-16365", "").differences()).isEmpty();
        // 16223R = A/G shares nothing with C or T.
        assertThat(compare("16024-16365", "16223R", "16024-16365", "16223T").differences())
                .containsExactly(new MitoComparison.SiteDifference("16223", "R", "T"));
    }

    @Test
    void insertionAgainstNoInsertionAndDeletionAgainstBaseDiffer() {
        MitoComparison c = compare("16024-576", "455.1T 523- 524-", "16024-576", "");
        assertThat(c.differences()).containsExactly(
                new MitoComparison.SiteDifference("455.1", "T", "-"),
                new MitoComparison.SiteDifference("523", "-", "A"),
                new MitoComparison.SiteDifference("524", "-", "C"));
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.EXCLUSION);
    }

    @Test
    void cStretchLengthVariantsAreIgnored() {
        MitoComparison c = compare("16024-576", "309.1C 309.2C 315.1C 16193.1C 16223T", "16024-576", "315.1C 16223T");
        assertThat(c.differences()).isEmpty();
        assertThat(c.ignored()).extracting(MitoVariant::toString)
                .containsExactly("309.1C", "309.2C", "315.1C", "16193.1C", "315.1C");
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.CANNOT_EXCLUDE);
    }

    @Test
    void substitutionsInsideTheCStretchStillCount() {
        // 16189C is a point substitution (T→C), not a length variant.
        assertThat(compare("16024-16365", "16189C", "16024-16365", "").conclusion())
                .isEqualTo(LineageConclusion.INCONCLUSIVE);
    }
}
