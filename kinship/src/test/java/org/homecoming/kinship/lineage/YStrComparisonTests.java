package org.homecoming.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class YStrComparisonTests {

    private static final YHaplotype FATHER =
            YHaplotype.parse("DYS19=14 DYS385=11,14 DYS389I=13 DYS390=24 DYS391=10 DYS458=17.2 DYS448=null");

    private static YStrComparison compareWith(String other) {
        return YStrComparison.of(FATHER, YHaplotype.parse(other));
    }

    @Test
    void identicalHaplotypesCannotBeExcluded() {
        YStrComparison c = YStrComparison.of(FATHER, FATHER);
        assertThat(c.differences()).isEmpty();
        assertThat(c.sharedLoci()).isEqualTo(7);
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.CANNOT_EXCLUDE);
    }

    @Test
    void comparesOnlyLociTypedInBoth() {
        YStrComparison c = compareWith("DYS19=14 DYS390=24 DYS635=21");
        assertThat(c.sharedLoci()).isEqualTo(2);
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.CANNOT_EXCLUDE);
    }

    @Test
    void oneOneStepLocusIsInconclusive() {
        YStrComparison c = compareWith("DYS19=15 DYS385=11,14 DYS389I=13 DYS390=24 DYS391=10 DYS458=17.2 DYS448=null");
        assertThat(c.mismatchingLoci()).isEqualTo(1);
        assertThat(c.totalSteps()).isEqualTo(1);
        assertThat(c.differences().get(0).steps()).isEqualTo(OptionalInt.of(1));
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.INCONCLUSIVE);
    }

    @Test
    void twoOneStepLociAreInconclusiveAndThreeExclude() {
        assertThat(compareWith("DYS19=15 DYS385=11,14 DYS389I=12 DYS390=24").conclusion())
                .isEqualTo(LineageConclusion.INCONCLUSIVE);
        YStrComparison three = compareWith("DYS19=15 DYS385=11,14 DYS389I=12 DYS390=25");
        assertThat(three.mismatchingLoci()).isEqualTo(3);
        assertThat(three.totalSteps()).isEqualTo(3);
        assertThat(three.conclusion()).isEqualTo(LineageConclusion.EXCLUSION);
    }

    @Test
    void aTwoStepDifferenceExcludesOnItsOwn() {
        YStrComparison c = compareWith("DYS19=16 DYS390=24");
        assertThat(c.totalSteps()).isEqualTo(2);
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.EXCLUSION);
    }

    @Test
    void multiCopyLociPairCopiesInAscendingOrder() {
        // 11,14 against 12,14: one step at the lower copy.
        YStrComparison c = compareWith("DYS385=14,12");
        assertThat(c.differences().get(0).steps()).isEqualTo(OptionalInt.of(1));
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.INCONCLUSIVE);
        // 11,14 against 12,15: one step at each copy adds up to two.
        assertThat(compareWith("DYS385=12,15").conclusion()).isEqualTo(LineageConclusion.EXCLUSION);
    }

    @Test
    void microvariantAgainstWholeRepeatHasUndefinedSteps() {
        YStrComparison c = compareWith("DYS458=17 DYS19=14");
        assertThat(c.differences().get(0).steps()).isEmpty();
        assertThat(c.undefinedLoci()).isEqualTo(1);
        assertThat(c.totalSteps()).isZero();
        assertThat(c.conclusion()).isEqualTo(LineageConclusion.INCONCLUSIVE);
        YStrRule strict = new YStrRule(2, 1, true, 1);
        assertThat(YStrComparison.of(FATHER, YHaplotype.parse("DYS458=17"), strict).conclusion())
                .isEqualTo(LineageConclusion.EXCLUSION);
    }

    @Test
    void microvariantsWithTheSamePartialRepeatDifferInWholeSteps() {
        assertThat(compareWith("DYS458=18.2").differences().get(0).steps()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void nullAlleleAgainstACallIsUndefinedAndTwoNullsAgree() {
        assertThat(compareWith("DYS448=19").differences().get(0).steps()).isEmpty();
        assertThat(compareWith("DYS448=null").differences()).isEmpty();
    }

    @Test
    void copyNumberChangeIsUndefined() {
        assertThat(compareWith("DYS385=11,14,15").differences().get(0).steps()).isEmpty();
    }

    @Test
    void thresholdsAreParameters() {
        YStrRule lenient = new YStrRule(3, 2, false, 1);
        assertThat(YStrComparison.of(FATHER, YHaplotype.parse("DYS19=16 DYS389I=12 DYS390=25"), lenient).conclusion())
                .isEqualTo(LineageConclusion.INCONCLUSIVE);
        YStrRule tenLoci = new YStrRule(2, 1, false, 10);
        assertThat(YStrComparison.of(FATHER, FATHER, tenLoci).conclusion()).isEqualTo(LineageConclusion.INCONCLUSIVE);
    }

    @Test
    void rejectsRuleParametersOutOfRange() {
        assertThatThrownBy(() -> new YStrRule(-1, 1, false, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxInconclusiveLoci must be at least 0: -1");
        assertThatThrownBy(() -> new YStrRule(2, 0, false, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxInconclusiveSteps must be at least 1: 0");
        assertThatThrownBy(() -> new YStrRule(2, 1, false, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimumSharedLoci must be at least 1: 0");
    }
}
