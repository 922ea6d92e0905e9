package org.homecoming.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Test;

class PedigreeSvgTests {

    static final MissingPerson MP = RemainsComparatorTests.person("M", "1947", "1968", null, null, null);

    static FamilyMember member(long id, String ref, String name, String sex, String rel, String father, String mother,
            boolean living) {
        return new FamilyMember(id, ref, "F-1", 7, name, sex, 1950, rel, father, mother, living, null, living, false,
                living ? LocalDate.of(2024, 5, 2) : null, null, 0);
    }

    static final List<FamilyMember> FAMILY = List.of(
            member(1, "FM-1", "Nguyễn Văn Hạnh", "M", "FATHER", null, null, false),
            member(2, "FM-2", "Lê Thị Xuân", "F", "MOTHER", null, null, false),
            member(3, "FM-3", "Nguyễn Văn Hùng", "M", "BROTHER", "FM-1", "FM-2", true),
            member(4, "FM-4", "Nguyễn Văn Bình", "M", "SON", "MP-7", "FM-5", true),
            member(5, "FM-5", "Phạm Thị <Hoa>", "F", "SPOUSE", null, null, false));

    @Test
    void drawsOneShapePerPersonInThreeGenerations() {
        String svg = PedigreeSvg.draw(MP, FAMILY, Set.of(3L), true).toSvg();
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(count(svg, "<rect")).isEqualTo(4);
        assertThat(count(svg, "<circle")).isEqualTo(2);
        // Three generations of 110 px: parents, the missing person with brother and wife, the son.
        assertThat(svg).contains("height=\"330\"");
        assertThat(svg).contains("class=\"node missing\"").contains("stroke=\"#c0392b\"");
    }

    @Test
    void referencesAreShadedOnlyWhenShownAndNamesAreEscaped() {
        assertThat(count(PedigreeSvg.draw(MP, FAMILY, Set.of(3L), true).toSvg(), "fill=\"#7fb3d5\"")).isEqualTo(1);
        assertThat(count(PedigreeSvg.draw(MP, FAMILY, Set.of(3L), false).toSvg(), "fill=\"#7fb3d5\"")).isZero();
        assertThat(PedigreeSvg.draw(MP, FAMILY, Set.of(), false).toSvg()).contains("Phạm Thị &lt;Hoa&gt;").doesNotContain("<Hoa>");
    }

    @Test
    void theSecondMissingBrotherIsDrawnAtTheCentreWithHisParentsAndTheFirstOneAsMissing() {
        MissingPerson second = new MissingPerson(8, "MP-8", Side.VN, "Nguyễn Văn Em", "Nguyễn", "Văn", "Em", "M", "1950",
                1950, null, null, null, null, "123457", "Sư đoàn 304", null, "1970", 1970, null, null, null, null, null, null,
                null, PersonStatus.MISSING, "test", null, 0);
        List<Relative> family = List.of(Relative.full(FAMILY.get(0), Set.of(), false),
                Relative.full(FAMILY.get(1), Set.of(), false),
                Relative.full(member(6, "MP-8", "Nguyễn Văn Em", "M", "BROTHER", "FM-1", "FM-2", false), Set.of(), false));
        String svg = PedigreeSvg.drawRelatives(second, new PedigreeSvg.OtherMissing(MP, Set.of("MP-8"), "mất tích"), family,
                Set.of(), false, r -> r, "withheld").toSvg();
        assertThat(count(svg, "class=\"node missing\"")).isEqualTo(2);
        // two generations: the parents above, both brothers below; the first brother is labelled missing
        assertThat(svg).contains("height=\"220\"").contains(MP.fullName() + " (mất tích)")
                .contains("<title>Nguyễn Văn Em</title>");
        // each brother hangs from the parents' line (one parents' line and one drop per brother), and each
        // of the four is struck through as not living
        assertThat(count(svg, "<line")).isEqualTo(2 * 2 + 4);
    }

    @Test
    void aPersonWithoutFamilyIsOneSquare() {
        String svg = PedigreeSvg.draw(MP, List.of(), Set.of(), false).toSvg();
        assertThat(count(svg, "<rect")).isEqualTo(1);
        assertThat(svg).contains("height=\"110\"");
    }

    @Test
    void aWithheldRelativeKeepsItsPlaceInTheTreeButNotItsName() {
        List<Relative> seen = List.of(Relative.placeholder(FAMILY.get(0)), Relative.placeholder(FAMILY.get(1)),
                Relative.shared(FAMILY.get(2), Set.of(ConsentScope.RECORD), false));
        String svg = PedigreeSvg.drawRelatives(MP, seen, Set.of(3L), true, r -> r, "thân nhân (chưa đồng ý)").toSvg();
        assertThat(svg).doesNotContain("Nguyễn Văn Hạnh", "Lê Thị Xuân").contains("Nguyễn Văn Hùng",
                "thân nhân (chưa đồng ý) (FATHER)", "thân nhân (chưa đồng ý) (MOTHER)");
        assertThat(count(svg, "class=\"node withheld\"")).isEqualTo(2);
        assertThat(count(svg, "stroke-dasharray")).isEqualTo(2);
        assertThat(count(svg, "<line")).as("parents joined and down to each child (4), the missing person's slash, none for the withheld").isEqualTo(5);
        assertThat(count(svg, "fill=\"#7fb3d5\"")).as("the brother's DNA is shaded only if the caller says").isEqualTo(1);
    }

    private static int count(String s, String what) {
        return s.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
