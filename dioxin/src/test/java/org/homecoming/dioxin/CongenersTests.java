package org.homecoming.dioxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue of the 29 congeners and its look-up by name, synonym and CAS number. */
class CongenersTests {

    private final Congeners congeners = Congeners.standard();

    @Test
    void holdsSevenDioxinsTenFuransFourNonOrthoAndEightMonoOrthoPcbs() {
        Map<CongenerGroup, Long> byGroup = congeners.all().stream()
                .collect(Collectors.groupingBy(Congener::group, Collectors.counting()));
        assertThat(byGroup).containsExactlyInAnyOrderEntriesOf(Map.of(CongenerGroup.PCDD, 7L, CongenerGroup.PCDF, 10L,
                CongenerGroup.NON_ORTHO_PCB, 4L, CongenerGroup.MONO_ORTHO_PCB, 8L));
    }

    /** A CAS number's last digit is Σ (position from the right × digit) mod 10 over the other digits. */
    @Test
    void everyCasNumberPassesItsCheckDigit() {
        for (Congener c : congeners.all()) {
            String digits = c.cas().replace("-", "");
            int sum = 0;
            for (int i = 0; i < digits.length() - 1; i++) {
                sum += (digits.length() - 1 - i) * (digits.charAt(i) - '0');
            }
            assertThat(sum % 10).as(c.name() + " " + c.cas()).isEqualTo(digits.charAt(digits.length() - 1) - '0');
        }
        assertThat(congeners.all()).extracting(Congener::cas).doesNotHaveDuplicates();
    }

    @Test
    void findsByNameIgnoringCaseAndSpacing() {
        assertThat(congeners.find(" 2,3,7,8-tcdd ")).map(Congener::cas).contains("1746-01-6");
        assertThat(congeners.find("1,2,3,7,8 - PeCDD")).map(Congener::cas).contains("40321-76-4");
        assertThat(congeners.find("PCB 126")).map(Congener::name).contains("PCB-126");
        assertThat(congeners.find("cb_169")).map(Congener::name).contains("PCB-169");
        assertThat(congeners.find("ocdf")).map(Congener::cas).contains("39001-02-0");
    }

    @Test
    void findsByCasNumber() {
        assertThat(congeners.find("57117-31-4")).map(Congener::name).contains("2,3,4,7,8-PeCDF");
        assertThat(congeners.find("32598-13-3")).map(Congener::name).contains("PCB-77");
    }

    @Test
    void positionsMatterSoAnotherIsomerIsNotFound() {
        assertThat(congeners.find("1,2,3,4-TCDD")).isEmpty();
        assertThat(congeners.find("PCB-153")).isEmpty();
        assertThatThrownBy(() -> congeners.get("PCB-153")).hasMessage("not a dioxin-like congener: PCB-153");
    }

    @Test
    void onlyTwoThreeSevenEightTcddIsTheReference() {
        assertThat(congeners.all().stream().filter(Congener::isTcdd)).extracting(Congener::name).containsExactly("2,3,7,8-TCDD");
    }
}
