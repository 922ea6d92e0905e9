package org.homecoming.dioxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The three WHO schemes as read from their data files: complete, sourced, and the values the papers give. */
class TefSchemeTests {

    private final Congeners congeners = Congeners.standard();

    @Test
    void everySchemeHasAFactorForEachOfThe29Congeners() {
        for (TefSchemeId id : TefSchemeId.values()) {
            TefScheme s = id.load();
            assertThat(s.factors().keySet()).as(id.title()).containsExactlyInAnyOrderElementsOf(congeners.all());
            assertThat(s.factor(congeners.get("2,3,7,8-TCDD"))).hasValue(1.0);
        }
    }

    @Test
    void everySchemeNamesItsPublication() {
        assertThat(TefSchemeId.WHO_1998.load().source()).contains("Environ. Health Perspect. 106(12):775");
        assertThat(TefSchemeId.WHO_2005.load().source()).contains("Toxicol. Sci. 93(2):223", "10.1093/toxsci/kfl055");
        assertThat(TefSchemeId.WHO_2022.load().source()).contains("Regul. Toxicol. Pharmacol. 146:105525");
    }

    /** Domain reference: the 1998 set differs from 2005 for OCDD/OCDF, the PeCDFs, PCB-81, PCB-169 and the mono-ortho PCBs. */
    @Test
    void who1998DiffersFrom2005WhereThePapersSay() {
        TefScheme y1998 = TefSchemeId.WHO_1998.load();
        TefScheme y2005 = TefSchemeId.WHO_2005.load();
        assertThat(y1998.factor(congeners.get("OCDD"))).hasValue(0.0001);
        assertThat(y2005.factor(congeners.get("OCDD"))).hasValue(0.0003);
        assertThat(y1998.factor(congeners.get("2,3,4,7,8-PeCDF"))).hasValue(0.5);
        assertThat(y2005.factor(congeners.get("2,3,4,7,8-PeCDF"))).hasValue(0.3);
        assertThat(y1998.factor(congeners.get("PCB-167"))).hasValue(0.00001);
        assertThat(y1998.factor(congeners.get("PCB-114"))).hasValue(0.0005);
        long same = congeners.all().stream().filter(c -> y1998.factor(c).equals(y2005.factor(c))).count();
        assertThat(same).isEqualTo(29 - 2 - 2 - 2 - 8);
    }

    @Test
    void who2022KeepsTheMonoOrthoPcbsOf2005AndChangesPeCdd() {
        TefScheme y2005 = TefSchemeId.WHO_2005.load();
        TefScheme y2022 = TefSchemeId.WHO_2022.load();
        congeners.all().stream().filter(c -> c.group() == CongenerGroup.MONO_ORTHO_PCB)
                .forEach(c -> assertThat(y2022.factor(c)).as(c.name()).isEqualTo(y2005.factor(c)));
        assertThat(y2022.factor(congeners.get("1,2,3,7,8-PeCDD"))).hasValue(0.4);
        assertThat(y2022.factor(congeners.get("1,2,3,4,7,8-HxCDF"))).hasValue(0.3);
        assertThat(y2022.factor(congeners.get("PCB-126"))).hasValue(0.05);
    }

    @Test
    void schemesAreNamedByCodeOrTitle() {
        assertThat(TefSchemeId.parse("who2022")).isEqualTo(TefSchemeId.WHO_2022);
        assertThat(TefSchemeId.parse("WHO-1998")).isEqualTo(TefSchemeId.WHO_1998);
        assertThatThrownBy(() -> TefSchemeId.parse("i-tef")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TEF scheme must be one of who1998, who2005, who2022: i-tef");
    }
}
