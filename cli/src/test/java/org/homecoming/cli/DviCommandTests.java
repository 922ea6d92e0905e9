package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.homecoming.kinship.dvi.DviAnalysis;
import org.homecoming.kinship.dvi.DviOptions;
import org.homecoming.kinship.dvi.DviProblem;
import org.homecoming.kinship.dvi.DviResult;
import org.homecoming.kinship.dvi.MutationPolicy;
import org.homecoming.kinship.dvi.UndisputedFixing;
import org.homecoming.kinship.io.familias.FamiliasCase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DviCommandTests extends CommandTests {

    static Path resource(String name) {
        try {
            return Path.of(DviCommandTests.class.getResource("/dvi/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<String> FAMILIES = List.of("Family 1/Missing person", "Family 2/Missing person",
            "Family 3/Missing person", "Family 4/Missing person", "Family 5/Missing person");

    @Nested
    class Planecrash {

        /** The command's own JSON object, rebuilt from the analysis the command runs. */
        @SuppressWarnings("unchecked")
        private Map<String, Object> report() {
            DviProblem p = DviCommand.problem(FamiliasCase.read(resource("planecrash-dvi.fam")), DviOptions.defaults());
            return DviReport.json(DviAnalysis.run(p), Integer.MAX_VALUE);
        }

        @Test
        void jsonHasTheFourSections() {
            int code = execute("dvi", resource("planecrash-dvi.fam").toString(), "--json");
            assertThat(code).as(err.toString()).isZero();
            String json = out.toString();
            assertThat(json).startsWith("{\"pairwise\":{\"PM1\":{\"Family 1/Missing person\":")
                    .contains("],\"marginals\":{\"PM1\":{", "\"undisputed\":[{\"victim\":")
                    .endsWith("}\n");
            // the missing parent of family 4 has no recorded sex: every victim may be them, no null
            assertThat(json).doesNotContain("null");
            assertThat(err.toString()).isEmpty();
            assertThat(json.strip()).isEqualTo(JsonWriter.write(report()));
        }

        @Test
        @SuppressWarnings("unchecked")
        void eightVictimsByFiveMissingPersonsAsInDvirsPlanecrashData() {
            Map<String, Object> pairwise = (Map<String, Object>) report().get("pairwise");
            assertThat(pairwise).containsOnlyKeys("PM1", "PM2", "PM3", "PM4", "PM5", "PM6", "PM7", "PM8");
            for (Object row : pairwise.values()) {
                assertThat(((Map<String, Object>) row).keySet()).containsExactlyElementsOf(FAMILIES);
                assertThat(((Map<String, Object>) row).values()).doesNotContainNull();
            }
            // dvir: pairwiseLR(planecrash), V3 x M4 and V1 x M1 (victims PM1..PM8 = V1..V8, family k = Mk)
            assertThat((Double) ((Map<String, Object>) pairwise.get("PM3")).get("Family 4/Missing person"))
                    .isCloseTo(249.314721116021, within(249.314721116021 * 1e-9));
            assertThat((Double) ((Map<String, Object>) pairwise.get("PM1")).get("Family 1/Missing person"))
                    .isCloseTo(924.881635204711, within(924.881635204711 * 1e-9));
        }

        @Test
        @SuppressWarnings("unchecked")
        void jointIsSortedAndPosteriorsAndMarginalsSumToOne() {
            Map<String, Object> r = report();
            List<Map<String, Object>> joint = (List<Map<String, Object>>) r.get("joint");
            assertThat(joint).isNotEmpty();
            double sum = 0;
            double previous = Double.POSITIVE_INFINITY;
            for (Map<String, Object> row : joint) {
                double ll = (Double) row.get("logLikelihood");
                assertThat(ll).isLessThanOrEqualTo(previous + 1e-10);
                previous = ll;
                sum += (Double) row.get("posterior");
                assertThat(((Map<String, String>) row.get("assignment"))).hasSize(8);
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
            Map<String, Map<String, Double>> marginals = (Map<String, Map<String, Double>>) r.get("marginals");
            assertThat(marginals).hasSize(8);
            marginals.values().forEach(m -> assertThat(m.values().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(1, within(1e-12)));
        }

        @Test
        @SuppressWarnings("unchecked")
        void undisputedMatchesReachTheThresholdAndAreFixedInTheBestAssignment() {
            Map<String, Object> r = report();
            List<Map<String, Object>> undisputed = (List<Map<String, Object>>) r.get("undisputed");
            assertThat(undisputed).isNotEmpty();
            Map<String, String> best = (Map<String, String>) ((List<Map<String, Object>>) r.get("joint")).get(0)
                    .get("assignment");
            Map<String, Map<String, Double>> marginals = (Map<String, Map<String, Double>>) r.get("marginals");
            for (Map<String, Object> u : undisputed) {
                assertThat((Double) u.get("lr")).isGreaterThanOrEqualTo(1e4);
                assertThat(best.get((String) u.get("victim"))).isEqualTo(u.get("missing"));
                Map<String, Double> row = marginals.get((String) u.get("victim"));
                assertThat(row.values()).allMatch(p -> p <= row.get((String) u.get("missing")));
            }
            assertThat((List<Object>) r.get("disputed")).isEmpty();
        }

        /** What {@code dvi planecrash-dvi.fam --json OPTIONS} prints. */
        private String run(String... options) {
            out.getBuffer().setLength(0);
            List<String> args = new java.util.ArrayList<>(List.of("dvi", resource("planecrash-dvi.fam").toString(), "--json"));
            args.addAll(List.of(options));
            int code = execute(args.toArray(String[]::new));
            assertThat(code).as(err.toString()).isZero();
            return out.toString().strip();
        }

        private DviResult analysis(DviOptions o) {
            return DviAnalysis.run(DviCommand.problem(FamiliasCase.read(resource("planecrash-dvi.fam")), o));
        }

        private static double lrOf(DviResult r, List<String> values) {
            return r.joint().assignments().stream().filter(a -> a.values().equals(values)).findFirst()
                    .orElseThrow().lr();
        }

        @Test
        void byDefaultPm3KeepsFamily4WhichDvirsMutationPolicyRulesOut() {
            DviResult dvir = analysis(DviOptions.dvir());
            DviResult keep = analysis(DviOptions.defaults());
            assertThat(run("--mutations", "dvir", "--fix-undisputed", "always"))
                    .isEqualTo(JsonWriter.write(DviReport.json(dvir, Integer.MAX_VALUE)));
            assertThat(run()).isEqualTo(JsonWriter.write(DviReport.json(keep, Integer.MAX_VALUE)));
            // PM3 x Family 4: pairwise LR 249, one marker needing a mutation in a family consistent without
            assertThat(dvir.marginals().get("PM3").get("Family 4/Missing person")).isZero();
            assertThat(keep.marginals().get("PM3").get("Family 4/Missing person")).isGreaterThan(0.99);
            assertThat(keep.joint().assignments().get(0).missingOf("PM3")).isEqualTo("Family 4/Missing person");
            assertThat(dvir.joint().assignments()).hasSize(2);
            assertThat(keep.joint().assignments()).hasSizeGreaterThan(10_000);
            // one assignment, one LR against nobody identified, whether matches were fixed first or not
            List<String> best = dvir.joint().assignments().get(0).values();
            double fixedFirst = lrOf(dvir, best);
            double enumerated = lrOf(analysis(DviOptions.dvir().withFixing(UndisputedFixing.NEVER)), best);
            assertThat(enumerated).isCloseTo(fixedFirst, within(fixedFirst * 1e-9));
            assertThat(keep.joint().assignments().get(0).lr()).isGreaterThan(100 * fixedFirst);
        }

        @Test
        void noMutationsIsMutationsNone() {
            String none = run("--mutations", "none");
            assertThat(run("--no-mutations")).isEqualTo(none)
                    .isEqualTo(JsonWriter.write(DviReport.json(analysis(DviOptions.defaults()
                            .withMutations(MutationPolicy.DISABLE)), Integer.MAX_VALUE)));
            assertThat(none).isNotEqualTo(run());
        }
    }

    @Nested
    class Sexes {

        private static final Path DT001 = Path.of("..", "kinship", "src", "test", "resources", "crosscheck", "dvi", "dt-001.fam");

        @Test
        void pairsOfDifferentKnownSexesAreListedAsSkippedInJsonAndTables() {
            int code = execute("dvi", DT001.toString(), "--json");
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("\"skippedForSex\":[{\"victim\":\"V1\",\"missing\":\"Missing1\"},"
                    + "{\"victim\":\"V1\",\"missing\":\"Missing3\"},{\"victim\":\"V2\",\"missing\":\"Missing2\"},"
                    + "{\"victim\":\"V3\",\"missing\":\"Missing2\"}]");
            out.getBuffer().setLength(0);
            execute("dvi", DT001.toString());
            assertThat(out.toString()).contains("Skipped for sex (both sexes known and different; unknown sex pairs with either): 4");
        }

        @Test
        void planecrashSkipsNobody() {
            execute("dvi", resource("planecrash-dvi.fam").toString(), "--json");
            assertThat(out.toString()).contains("\"skippedForSex\":[]");
        }

        @Test
        void tablesShowTheMatrixTheJointListTheMarginalsAndAVerbalScale() {
            int code = execute("dvi", resource("planecrash-dvi.fam").toString());
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString())
                    .startsWith("DVI analysis of planecrash-dvi.fam: 8 victims, 5 reference families, 5 missing persons")
                    .contains("Pairwise LR (victim = missing person vs unrelated; - = sex-incompatible)",
                            "Joint assignments (best ", "Marginal posterior per victim",
                            "Undisputed identifications (LR >= 10000", "support for ");
        }
    }

    @Nested
    class SmallExample {

        @Test
        void topLimitsTheJointList() {
            int code = execute("dvi", resource("dvi-example.fam").toString(), "--json", "--top", "3");
            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString().split("\"assignment\"", -1)).hasSize(4);
        }

        @Test
        void aRaisedThresholdChangesNothingWhenNoLrComesNear() {
            execute("dvi", resource("dvi-example.fam").toString(), "--json");
            String atDefault = out.toString();
            out.getBuffer().setLength(0);
            execute("dvi", resource("dvi-example.fam").toString(), "--json", "--threshold", "1e6");
            assertThat(out.toString()).isEqualTo(atDefault).contains("\"undisputed\":[]");
        }
    }

    @Nested
    class BadInput {

        @Test
        void aFileWithoutADviSectionIsBadInputNamingTheFile() {
            int code = execute("dvi", resource("paternity.fam").toString());
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("homecoming: " + resource("paternity.fam")
                    + ": no [DVI] section: a DVI analysis needs victims and reference families\n");
        }

        @Test
        void aMalformedFileNamesFileAndLine(@TempDir Path tmp) throws IOException {
            Path bad = tmp.resolve("bad.fam");
            Files.writeString(bad, Files.readString(resource("planecrash-dvi.fam")).replace("nPersons= 8", "nPersons= x"));
            int code = execute("dvi", bad.toString());
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).startsWith("homecoming: " + bad + ":930: ").endsWith("\n");
            assertThat(err.toString().lines()).hasSize(1);
        }

        @Test
        void tooManyAssignmentsAreRefusedWithTheMaximum() {
            int code = execute("dvi", resource("dvi-example.fam").toString(), "--max-assignments", "5");
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("homecoming: " + resource("dvi-example.fam")
                    + ": joint analysis refused: more than 5 candidate assignments (maxAssignments); raise the maximum,"
                    + " set a pairwise LR limit, or lower the threshold so that more matches are fixed as undisputed\n");
        }

        @Test
        void anUnknownMutationPolicyIsRefusedWithTheChoices() {
            int code = execute("dvi", resource("dvi-example.fam").toString(), "--mutations", "some");
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("homecoming: --mutations must be keep, none or dvir: some\n");
        }

        @Test
        void noMutationsWithDvirsPolicyIsRefused() {
            int code = execute("dvi", resource("dvi-example.fam").toString(), "--no-mutations", "--mutations", "dvir");
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("homecoming: --no-mutations contradicts --mutations dvir\n");
        }

        @Test
        void anUnknownFixingIsRefusedWithTheChoices() {
            int code = execute("dvi", resource("dvi-example.fam").toString(), "--fix-undisputed", "sometimes");
            assertThat(code).isEqualTo(2);
            assertThat(err.toString())
                    .isEqualTo("homecoming: --fix-undisputed must be never, when-needed or always: sometimes\n");
        }

        @Test
        void aThresholdOfOneIsRefused() {
            int code = execute("dvi", resource("dvi-example.fam").toString(), "--threshold", "1");
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("homecoming: --threshold must be a number larger than 1: 1.0\n");
        }
    }
}
