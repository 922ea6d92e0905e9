package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LrCommandTests extends CommandTests {

    @TempDir
    Path tmp;


    private Path resource(String name) throws IOException {
        Path p = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/lr/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private static double number(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        assertThat(m.find()).as(regex + " in " + json).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Nested
    class Json {

        /**
         * Without mutation the LR of "AF is the father" (H1) against "unrelated" (H2) is the paternity
         * index. At D3S1358 AF is 17/17 and CH 16/17: PI = 1/(2 p17) = 1/(2 x 0.2040480415) = 2.4504033.
         * At TH01 AF is 6/9 and CH 6/9.3: PI = 1/(4 p6) = 1/(4 x 0.2146878655) = 1.1644813. The product
         * of the ten indices worked out the same way from the file's frequencies is 772.36935.
         */
        @Test
        void paternityIndexWithoutMutationMatchesTheClosedForm() throws IOException {
            int code = execute("lr", resource("paternity-no-mutation.fam").toString(), "--json");
            assertThat(code).as(err.toString()).isZero();
            String json = out.toString().strip();
            assertThat(json).startsWith("{\"hypotheses\":[{\"name\":\"H1\",\"logLikelihood\":")
                    .contains("\"ref\":\"H2\"").doesNotContain("\n");
            double d3 = number(json, "\"lr\":\\{\"H1\":\\{\"total\":[^,]+,\"log10\":[^,]+,\"markers\":\\{\"D3S1358\":([^,]+),");
            assertThat(d3).isCloseTo(1 / (2 * 0.2040480415), within(1e-9));
            double th01 = number(json, "\"lr\":\\{\"H1\":\\{.*?\"TH01\":([^,]+),");
            assertThat(th01).isCloseTo(1 / (4 * 0.2146878655), within(1e-9));
            double total = number(json, "\"lr\":\\{\"H1\":\\{\"total\":([^,]+),");
            assertThat(total).isCloseTo(772.3693467796228, within(1e-6));
            double log10 = number(json, "\"lr\":\\{\"H1\":\\{\"total\":[^,]+,\"log10\":([^,]+),");
            assertThat(log10).isCloseTo(Math.log10(772.3693467796228), within(1e-12));
            assertThat(json).contains("\"H2\":{\"total\":1.0,\"log10\":0.0,");
        }

        @Test
        void mutationLowersTheIndexOnlySlightly() throws IOException {
            int code = execute("lr", resource("paternity.fam").toString(), "--json");
            assertThat(code).as(err.toString()).isZero();
            double total = number(out.toString(), "\"lr\":\\{\"H1\":\\{\"total\":([^,]+),");
            assertThat(total / 772.3693467796228).isBetween(0.97, 1.0);
        }

        @Test
        void referenceCanBeChosenAndLogLikelihoodsAreNaturalLogs() throws IOException {
            int code = execute("lr", resource("paternity-no-mutation.fam").toString(), "--json", "--ref", "H1");
            assertThat(code).as(err.toString()).isZero();
            String json = out.toString();
            double l1 = number(json, "\\{\"name\":\"H1\",\"logLikelihood\":([^,]+),");
            double l2 = number(json, "\\{\"name\":\"H2\",\"logLikelihood\":([^,]+),");
            assertThat(json).contains("\"ref\":\"H1\"");
            assertThat(Math.exp(l1 - l2)).isCloseTo(772.3693467796228, within(1e-6));
            double total = number(json, "\"H2\":\\{\"total\":([^,]+),");
            assertThat(total).isCloseTo(1 / 772.3693467796228, within(1e-12));
        }
    }

    @Nested
    class Text {

        @Test
        void tablesPerLocusAndTheVerbalScale() throws IOException {
            int code = execute("lr", resource("paternity-no-mutation.fam").toString());
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString())
                    .contains("paternity-no-mutation.fam: 2 pedigrees, 10 loci, theta = 0.0")
                    .contains("Reference hypothesis: H2")
                    .containsPattern("D3S1358 +2\\.450\n")
                    .containsPattern("Total +772\\.4\n")
                    .contains("H1 vs H2: LR = 772.4 (log10 2.8878): moderately strong support for H1 over H2")
                    .contains("Verbal scale (ENFSI 2015)");
            assertThat(err.toString()).isEmpty();
        }
    }

    @Nested
    class BadInput {

        @Test
        void malformedFileGivesExitTwoAndOneLineNamingFileAndLine() throws IOException {
            Path broken = resource("broken.fam");
            int code = execute("lr", broken.toString());
            assertThat(code).isEqualTo(2);
            assertThat(out.toString()).isEmpty();
            assertThat(err.toString()).isEqualTo("homecoming: " + broken + ":104: expected a number of loci, found 'ten'"
                    + System.lineSeparator());
        }

        @Test
        void unknownReferenceIsBadInput() throws IOException {
            Path p = resource("paternity.fam");
            int code = execute("lr", p.toString(), "--ref", "H9");
            assertThat(code).isEqualTo(2);
            assertThat(err.toString().strip()).isEqualTo("homecoming: " + p + ": --ref H9: no such pedigree; the file has H1, H2");
        }

        @Test
        void missingFileIsBadInput() {
            int code = execute("lr", tmp.resolve("none.fam").toString());
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).startsWith("homecoming: cannot read " + tmp.resolve("none.fam"));
        }

        @Test
        void dviFileHasNoPedigreesToCompare() throws IOException {
            Path p = tmp.resolve("dvi.fam");
            Files.writeString(p, String.join("\n", "\"Output from Familias, version 3.3\"", "\"DO NOT EDIT!\"",
                    "3.3 (DVI)", "\"\"", "0", "\"Known relations\"", "0", "0", "0", "0",
                    "#FALSE# (#Databases: 1 ;Theta/Kinship/Fst: 0 )", "1", "#FALSE#", "\"L1\"", "0", "0", "0", "0",
                    "1", "0", "0", "0", "0", "#FALSE#", "0", "1\t(DatabaseSize = 10 )", "\"1\"", "1", "[DVI]"));
            int code = execute("lr", p.toString());
            assertThat(code).isEqualTo(2);
            assertThat(err.toString().strip()).isEqualTo("homecoming: " + p
                    + ": the file defines no pedigrees to compare (it is a DVI file: use 'homecoming dvi')");
        }
    }
}
