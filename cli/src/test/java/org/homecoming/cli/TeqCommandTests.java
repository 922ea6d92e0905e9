package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code homecoming teq}: TEQs worked out by hand, the JSON shape, the table and the exit codes. */
class TeqCommandTests extends CommandTests {

    /*
     * S1: TCDD 2 pg/g, OCDD not detected at 1000 ng/kg, PCB-153 (no TEF). S2: 2,3,4,7,8-PeCDF 0.001 ng/g (1 pg/g),
     * 1,2,3,7,8-PeCDD not detected at 0.5 pg/g.
     */
    private static final String RESULTS = "sample_id,congener,value,unit,detected,detection_limit\n"
            + "S1,\"2,3,7,8-TCDD\",2,pg/g,true,0.1\n"
            + "S1,ocdd,,ng/kg,false,1000\n"
            + "S1,PCB-153,800,pg/g,true,\n"
            + "S2,57117-31-4,0.001,ng/g,true,\n"
            + "S2,\"1,2,3,7,8-PeCDD\",,ppt,false,0.5\n";

    @TempDir
    Path tmp;

    private Path file(String text) throws IOException {
        return Files.writeString(tmp.resolve("results.csv"), text);
    }

    private static double number(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        assertThat(m.find()).as(regex + " in " + json).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Nested
    class Json {

        /*
         * WHO-2005, upper bound. S1: 2·1 + 1000·0.0003 = 2.3, non-detects 0.3/2.3, no flag (spread 13%).
         * S2: 1·0.3 + 0.5·1 = 0.8, lower 0.3: spread 0.5/0.8 = 62.5% > 20%, non-detects 62.5% < 80%.
         */
        @Test
        void who2005UpperBoundByDefault() throws IOException {
            int code = execute("teq", file(RESULTS).toString(), "--json");
            assertThat(code).as(err.toString()).isZero();
            String json = out.toString().strip();
            assertThat(json).doesNotContain("\n").startsWith("{\"samples\":[{\"id\":\"S1\",\"teq\":");
            assertThat(number(json, "\"id\":\"S1\",\"teq\":([^,]+),")).isCloseTo(2.3, within(1e-12));
            assertThat(number(json, "\"id\":\"S1\".*?\"ndShare\":([^,]+),")).isCloseTo(0.3 / 2.3, within(1e-12));
            assertThat(json).contains("\"unit\":\"pg/g\",\"tef\":\"who2005\",\"bound\":\"upper\",\"ndShare\":")
                    .contains("\"flags\":[],\"notInScheme\":[\"PCB-153\"]}");
            assertThat(number(json, "\"id\":\"S2\",\"teq\":([^,]+),")).isCloseTo(0.8, within(1e-12));
            assertThat(json).endsWith("\"flags\":[\"UPPER_LOWER_DIFFER_OVER_20_PERCENT\"],\"notInScheme\":[]}]}");
        }

        /* WHO-2022, medium bound. S1: 2·1 + 500·0.001 = 2.5. S2: 1·0.1 + 0.25·0.4 = 0.2, non-detects 0.1/0.2. */
        @Test
        void who2022MediumBound() throws IOException {
            assertThat(execute("teq", file(RESULTS).toString(), "--tef", "who2022", "--bound", "medium", "--json")).isZero();
            String json = out.toString();
            assertThat(number(json, "\"id\":\"S1\",\"teq\":([^,]+),")).isCloseTo(2.5, within(1e-12));
            assertThat(number(json, "\"id\":\"S2\",\"teq\":([^,]+),")).isCloseTo(0.2, within(1e-12));
            assertThat(number(json, "\"id\":\"S2\".*?\"ndShare\":([^,]+),")).isCloseTo(0.5, within(1e-12));
            assertThat(json).contains("\"tef\":\"who2022\",\"bound\":\"medium\"");
        }

        /* WHO-1998, lower bound: S1 2·1 = 2, S2 1·0.5 = 0.5. */
        @Test
        void who1998LowerBound() throws IOException {
            assertThat(execute("teq", file(RESULTS).toString(), "--tef", "who1998", "--bound", "lower", "--json")).isZero();
            assertThat(number(out.toString(), "\"id\":\"S1\",\"teq\":([^,]+),")).isEqualTo(2.0);
            assertThat(number(out.toString(), "\"id\":\"S2\",\"teq\":([^,]+),")).isCloseTo(0.5, within(1e-12));
        }
    }

    @Test
    void theTableShowsAllBoundsSharesFlagsAndTheCongenersLeftOut() throws IOException {
        assertThat(execute("teq", file(RESULTS).toString())).isZero();
        String nl = System.lineSeparator();
        assertThat(out.toString().replace(nl, "\n")).isEqualTo(
                "results.csv: TEQ by WHO-2005 TEFs, non-detects at the upper bound (lower 0, medium half the limit,"
                        + " upper the limit)\n\n"
                        + "Sample    TEQ  Unit  Lower  Medium  Upper  ND share  TCDD share  Flags\n"
                        + "------  -----  ----  -----  ------  -----  --------  ----------  ----------------------------------\n"
                        + "S1      2.300  pg/g  2.000   2.150  2.300     0.130       0.870  -\n"
                        + "S2      0.800  pg/g  0.300   0.550  0.800     0.625       0.000  UPPER_LOWER_DIFFER_OVER_20_PERCENT\n"
                        + "note: S1: PCB-153 has no WHO-2005 TEF and is left out of the TEQ\n");
    }

    @Nested
    class BadInput {

        @Test
        void aFaultInTheFileExitsTwoWithFileLineAndField() throws IOException {
            Path f = file("sample_id,congener,value,unit,detected,detection_limit\nS1,OCDD,abc,pg/g,true,\n");
            assertThat(execute("teq", f.toString())).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString().strip()).isEqualTo("homecoming: " + f + ":2: value: not a number: abc");
            assertThat(out.toString()).isEmpty();
        }

        @Test
        void mixedBasesInASampleExitTwo() throws IOException {
            Path f = file("sample_id,congener,value,unit,detected,detection_limit\nS1,OCDD,1,pg/g,true,\nS1,OCDF,1,pg/L,true,\n");
            assertThat(execute("teq", f.toString())).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString().strip()).isEqualTo("homecoming: " + f + ": sample S1: a TEQ sums concentrations of one"
                    + " basis only, but pg/g (pg/g basis) and pg/L (pg/L basis) are mixed at OCDF");
        }

        @Test
        void anUnknownSchemeOrBoundExitsTwo() throws IOException {
            Path f = file(RESULTS);
            assertThat(execute("teq", f.toString(), "--tef", "who2010")).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("TEF scheme must be one of who1998, who2005, who2022: who2010");
            assertThat(execute("teq", f.toString(), "--bound", "half")).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("bound must be one of lower, medium, upper: half");
        }

        @Test
        void aMissingFileExitsTwo() {
            Path none = tmp.resolve("none.csv");
            assertThat(execute("teq", none.toString())).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString().strip()).isEqualTo("homecoming: FILE must be a results CSV file: " + none);
        }
    }
}
