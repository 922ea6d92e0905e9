package org.homecoming.kinship.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.LocusFrequencies;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FrequencyTableReaderTests {

    private static FrequencyDatabase read(String text) {
        return FrequencyTableReader.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.txt", "t");
    }

    @Nested
    class WellFormed {

        @Test
        void readsLociAllelesAndTheSourceComment() {
            FrequencyDatabase db = read("# Source: test table\nTH01\n6\t0.25\n9.3\t0.75\n\nD3S1358\n15\t1\n");
            assertThat(db.source()).isEqualTo("Source: test table");
            assertThat(db.locusNames()).containsExactly("TH01", "D3S1358");
            LocusFrequencies th01 = db.locus("TH01");
            assertThat(th01.alleles()).containsExactly("6", "9.3");
            assertThat(th01.frequency("9.3")).isEqualTo(0.75);
        }

        @Test
        void acceptsLocusNamesWithSpaces() {
            FrequencyDatabase db = read("Penta E\n5\t0.5\n7\t0.5\n\nPenta D\n9\t1\n");
            assertThat(db.locusNames()).containsExactly("Penta E", "Penta D");
        }

        @Test
        void acceptsSpaceSeparatedAlleleLines() {
            assertThat(read("TH01\n6 0.4\n7 0.6\n").locus("TH01").frequency("7")).isEqualTo(0.6);
        }

        @Test
        void readsEverySharedTableShippedWithTheSimulator() {
            FrequencyDatabase db = FrequencyTableReader.read(
                    FrequencyTableReaderTests.class.getResourceAsStream("/frequencies/east-asia-norstr-2023.txt"),
                    "east-asia-norstr-2023.txt", "east-asia");
            assertThat(db.loci()).hasSize(40);
            assertThat(db.locus("Penta E").sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Nested
    class Errors {

        @Test
        void aFrequencyThatIsNotANumberNamesFileLineLocusAndAllele() {
            assertThatThrownBy(() -> read("TH01\n6\t0.4\n7\tabc\n"))
                    .isInstanceOf(InputFormatException.class)
                    .hasMessage("t.txt:3: locus TH01, allele 7: frequency is not a number: 'abc'");
        }

        @Test
        void aFrequencyOutsideTheUnitIntervalIsRefused() {
            assertThatThrownBy(() -> read("TH01\n6\t1.5\n"))
                    .hasMessage("t.txt:2: locus TH01, allele 6: frequency must be in (0, 1]: 1.5");
        }

        @Test
        void anAlleleListedTwiceIsRefused() {
            assertThatThrownBy(() -> read("TH01\n6\t0.5\n6\t0.5\n"))
                    .hasMessage("t.txt:3: locus TH01: allele 6 listed twice");
        }

        @Test
        void anAlleleLineWithThreeFieldsIsRefused() {
            assertThatThrownBy(() -> read("TH01\n6\t0.5\t9\n"))
                    .hasMessage("t.txt:2: locus TH01: expected 'allele<TAB>frequency', found '6\t0.5\t9'");
        }

        @Test
        void aLocusWithoutAllelesIsRefused() {
            assertThatThrownBy(() -> read("TH01\n\n"))
                    .hasMessage("t.txt:1: locus TH01 has no alleles");
        }

        @Test
        void anEmptyFileIsRefused() {
            assertThatThrownBy(() -> read("# nothing\n")).hasMessage("t.txt: no loci found");
        }

        @Test
        void aLocusListedTwiceIsRefused() {
            assertThatThrownBy(() -> read("TH01\n6\t1\n\nTH01\n7\t1\n"))
                    .hasMessage("t.txt: locus TH01 appears twice");
        }
    }
}
