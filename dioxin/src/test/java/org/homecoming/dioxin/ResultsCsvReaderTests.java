package org.homecoming.dioxin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The minimal results CSV: what it reads and every fault it names. */
class ResultsCsvReaderTests {

    private static final String HEADER = "sample_id,congener,value,unit,detected,detection_limit\n";

    private final ResultsCsvReader reader = new ResultsCsvReader();

    private List<SampleResults> read(String text) {
        return reader.read("r.csv", text);
    }

    @Test
    void readsSamplesInOrderWithDetectsAndNonDetects() {
        List<SampleResults> samples = read(HEADER
                + "DN-2,\"2,3,7,8-TCDD\",12.5,pg/g,true,0.2\n"
                + "DN-1,OCDD,,ng/kg,false,3\n"
                + "DN-2,1746-01-6 ,,ppt,FALSE,0.4\n".replace("1746-01-6 ", "\"1,2,3,7,8-PeCDD\"")
                + "DN-1,PCB-153,800,ng/g,true,\n");
        assertThat(samples).extracting(SampleResults::id).containsExactly("DN-2", "DN-1");
        Measurement tcdd = samples.get(0).measurements().get(0);
        assertThat(tcdd.congener()).isEqualTo("2,3,7,8-TCDD");
        assertThat(tcdd.value()).hasValue(12.5);
        assertThat(tcdd.limit()).hasValue(0.2);
        assertThat(tcdd.detected()).isTrue();
        Measurement ocdd = samples.get(1).measurements().get(0);
        assertThat(ocdd.detected()).isFalse();
        assertThat(ocdd.value()).isEmpty();
        assertThat(ocdd.unit()).isEqualTo(Unit.NG_PER_KG);
        assertThat(samples.get(1).measurements().get(1).congener()).isEqualTo("PCB-153");
        assertThat(samples.get(0).measurements().get(1).unit()).isEqualTo(Unit.PPT);
    }

    @Test
    void unknownColumnsAreIgnored() {
        List<SampleResults> samples = read("remark,sample_id,congener,value,unit,detected,detection_limit\n"
                + "re-run,S,OCDF,2,pg/g,true,\n");
        assertThat(samples).singleElement().satisfies(s -> assertThat(s.measurements()).hasSize(1));
    }

    @Nested
    class TheRicherFormat {

        private static final String RICH = "sample_id,congener,value,unit,detected,detection_limit,quantification_limit,"
                + "qualifier,lab_teq,lab_tef\n";

        @Test
        void keepsQuantificationLimitsQualifiersAndTheLaboratorysTeq() {
            List<SampleResults> samples = read(RICH
                    + "S,1746-01-6,40,pg/g,true,0.2,0.6,J,52.5,who2005\n"
                    + "S,OCDD,,pg/g,false,,3,U,52.5,who2005\n"
                    + "T,OCDF,2,pg/g,true,,,,,\n");
            SampleResults s = samples.get(0);
            assertThat(s.labTeq()).hasValue(52.5);
            assertThat(s.labTef()).contains(TefSchemeId.WHO_2005);
            assertThat(s.measurements().get(0).quantificationLimit()).hasValue(0.6);
            assertThat(s.measurements().get(0).limit()).hasValue(0.2);
            assertThat(s.measurements().get(0).qualifier()).isEqualTo("J");
            // No detection limit: the non-detect is counted at its quantification limit.
            assertThat(s.measurements().get(1).limit()).hasValue(3);
            assertThat(s.measurements().get(1).qualifier()).isEqualTo("U");
            assertThat(samples.get(1).labTeq()).isEmpty();
            assertThat(samples.get(1).labTef()).isEmpty();
        }

        @Test
        void theLaboratorysTeqMayStandOnOneRowButMustAgreeWhereRepeated() {
            assertThat(read(RICH + "S,1746-01-6,40,pg/g,true,0.2,,,,\nS,OCDD,5,pg/g,true,,,,41,who2022\n").get(0).labTef())
                    .contains(TefSchemeId.WHO_2022);
            assertThatThrownBy(() -> read(RICH + "S,1746-01-6,40,pg/g,true,0.2,,,41,who2005\nS,OCDD,5,pg/g,true,,,,42,who2005\n"))
                    .isInstanceOf(ResultsFormatException.class)
                    .hasMessage("r.csv:3: lab_teq: differs from line 2 for sample S: 42.0 who2005 against 41.0 who2005");
        }

        @Test
        void faultsNameTheirField() {
            assertThatThrownBy(() -> read(RICH + "S,OCDD,5,pg/g,true,,,,41,who2099\n")).isInstanceOf(ResultsFormatException.class)
                    .hasMessageStartingWith("r.csv:2: lab_tef: TEF scheme must be one of");
            assertThatThrownBy(() -> read(RICH + "S,OCDD,5,pg/g,true,,,,,who2005\n")).isInstanceOf(ResultsFormatException.class)
                    .hasMessage("r.csv:2: lab_tef: given without a lab_teq");
            assertThatThrownBy(() -> read(RICH + "S,OCDD,5,pg/g,true,,,ESTIMATED-MAXIMUM-POSSIBLE,,\n"))
                    .isInstanceOf(ResultsFormatException.class).hasMessageStartingWith("r.csv:2: qualifier: at most 16 characters");
            assertThatThrownBy(() -> read(RICH + "S,OCDD,,pg/g,false,,,,,\n")).isInstanceOf(ResultsFormatException.class)
                    .hasMessage("r.csv:2: detection_limit: required when detected is false (or a quantification_limit)");
            assertThatThrownBy(() -> read(RICH + "S,OCDD,5,pg/g,true,,x,,,\n")).isInstanceOf(ResultsFormatException.class)
                    .hasMessage("r.csv:2: quantification_limit: not a number: x");
        }
    }

    @Nested
    class Faults {

        private void fails(String text, String message) {
            assertThatThrownBy(() -> read(text)).isInstanceOf(ResultsFormatException.class).hasMessage(message);
        }

        @Test
        void anEmptyFile() {
            fails("", "r.csv:1: header: the file is empty; expected sample_id,congener,value,unit,detected,detection_limit");
        }

        @Test
        void aMissingColumn() {
            fails("sample_id,congener,value,unit,detected\nS,OCDD,1,pg/g,true\n",
                    "r.csv:1: header: missing column detection_limit (expected sample_id,congener,value,unit,detected,detection_limit)");
        }

        @Test
        void aValueThatIsNotANumberNamesItsLine() {
            fails(HEADER + "S,OCDD,1,pg/g,true,\n\nS,OCDF,1;5,pg/g,true,\n", "r.csv:4: value: not a number: 1;5");
        }

        @Test
        void numbersAreDecimalsOnly() {
            fails(HEADER + "S,OCDD,NaN,pg/g,true,\n", "r.csv:2: value: not a number: NaN");
            fails(HEADER + "S,OCDD,1.5f,pg/g,true,\n", "r.csv:2: value: not a number: 1.5f");
            fails(HEADER + "S,OCDD,1e999,pg/g,true,\n", "r.csv:2: value: must be a finite number >= 0: 1e999");
        }

        @Test
        void aSampleIdOfOnlyAWideSpace() {
            fails(HEADER + "\u2003,OCDD,1,pg/g,true,\n", "r.csv:2: sample_id: must not be empty");
        }

        @Test
        void aHeaderWithARepeatedName() {
            assertThatThrownBy(() -> read("sample_id,sample_id,congener\n")).isInstanceOf(ResultsFormatException.class)
                    .hasMessageStartingWith("r.csv:1: header: ");
        }

        @Test
        void aNegativeLimit() {
            fails(HEADER + "S,OCDD,,pg/g,false,-2\n", "r.csv:2: detection_limit: must be a finite number >= 0: -2");
        }

        @Test
        void anUnknownUnit() {
            fails(HEADER + "S,OCDD,1,mg/kg,true,\n",
                    "r.csv:2: unit: unit must be one of pg/g, ng/kg, ppt, ng/g, pg/L, pg/g lipid: mg/kg");
        }

        @Test
        void aDetectedFlagThatIsNeitherTrueNorFalse() {
            fails(HEADER + "S,OCDD,1,pg/g,yes,\n", "r.csv:2: detected: must be true or false: yes");
        }

        @Test
        void aDetectedResultWithoutValueAndANonDetectWithoutLimit() {
            fails(HEADER + "S,OCDD,,pg/g,true,0.5\n", "r.csv:2: value: required when detected is true");
            fails(HEADER + "S,OCDD,3,pg/g,false,\n", "r.csv:2: detection_limit: required when detected is false (or a quantification_limit)");
        }

        @Test
        void anEmptySampleIdOrCongener() {
            fails(HEADER + ",OCDD,1,pg/g,true,\n", "r.csv:2: sample_id: must not be empty");
            fails(HEADER + "S,,1,pg/g,true,\n", "r.csv:2: congener: must not be empty");
        }

        @Test
        void aRowWithTooFewFields() {
            fails(HEADER + "S,OCDD,1,pg/g\n", "r.csv:2: record: has 4 fields, the header 6");
        }

        @Test
        void oneCongenerTwiceInASampleEvenUnderAnotherName() {
            fails(HEADER + "S,\"2,3,7,8-TCDD\",1,pg/g,true,\nT,TCDD,1,pg/g,true,\nS,1746-01-6,2,pg/g,true,\n",
                    "r.csv:4: congener: 1746-01-6 is listed twice for sample S (first on line 2)");
        }

        @Test
        void aBrokenQuote() {
            assertThatThrownBy(() -> read(HEADER + "S,\"OCDD\"x,1,pg/g,true,\n"))
                    .isInstanceOf(ResultsFormatException.class).hasMessageStartingWith("r.csv:2: file: not a readable CSV file: ");
        }
    }
}
