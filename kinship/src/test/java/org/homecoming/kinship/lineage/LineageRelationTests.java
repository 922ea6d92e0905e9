package org.homecoming.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;
import org.junit.jupiter.api.Test;

class LineageRelationTests {

    /** Brothers FA and U (sons of GF, GM); FA's son MP, U's son PC; sister AU's daughter MC and son MS. */
    private static final Pedigree FAMILY = Pedigree.builder()
            .founder("GF", Sex.MALE).founder("GM", Sex.FEMALE)
            .person("FA", "GF", "GM", Sex.MALE).person("U", "GF", "GM", Sex.MALE)
            .person("AU", "GF", "GM", Sex.FEMALE)
            .founder("MO", Sex.FEMALE).founder("UW", Sex.FEMALE).founder("AH", Sex.MALE)
            .person("MP", "FA", "MO", Sex.MALE).person("PC", "U", "UW", Sex.MALE)
            .person("MC", "AH", "AU", Sex.FEMALE).person("MS", "AH", "AU", Sex.MALE)
            .build();

    @Test
    void fatherAndSonShareThePaternalLineOverOneMeiosis() {
        assertThat(LineageRelation.paternal(FAMILY, "FA", "MP")).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void paternalCousinsThroughTwoBrothersShareItOverFourMeioses() {
        // MP ← FA ← GF → U → PC.
        assertThat(LineageRelation.paternal(FAMILY, "MP", "PC")).isEqualTo(OptionalInt.of(4));
    }

    @Test
    void aSistersSonDoesNotShareTheYButSharesGrandmothersMtDna() {
        assertThat(LineageRelation.paternal(FAMILY, "MP", "MS")).isEmpty();
        // MS ← AU ← GM → FA: FA has his mother's mtDNA, his son MP has his own mother's.
        assertThat(LineageRelation.maternal(FAMILY, "FA", "MS")).isEqualTo(OptionalInt.of(3));
        assertThat(LineageRelation.maternal(FAMILY, "MP", "MS")).isEmpty();
    }

    @Test
    void womenHaveNoPaternalLineButShareTheMaternalOne() {
        assertThat(LineageRelation.paternal(FAMILY, "GF", "AU")).isEmpty();
        assertThat(LineageRelation.maternal(FAMILY, "MC", "MS")).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void aPersonSharesHisOwnLineOverZeroMeioses() {
        assertThat(LineageRelation.paternal(FAMILY, "MP", "MP")).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void rejectsAPersonOutsideThePedigree() {
        assertThatThrownBy(() -> LineageRelation.maternal(FAMILY, "MP", "XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("person is not in the pedigree: XX");
    }
}
