package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homecoming.simulator.ProgrammeSimulator;
import org.homecoming.simulator.SimulationSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code match --engine spark --master local[2]} writes the file {@code match} writes, row for row,
 * every number equal to 1e-12 relative, on a simulated programme and on the Familias DVI files. The
 * command runs in the test run's one Spark context (it uses a running context when there is one).
 */
class MatchSparkEngineTests extends CommandTests {

    @BeforeAll
    static void sharedContext() {
        SharedSpark.start();
    }

    @Test
    void aSimulatedProgrammeGivesTheSameFileOnSparkAsOnThisMachine(@TempDir Path dir) throws IOException {
        Path programme = dir.resolve("programme");
        ProgrammeSimulator.simulate(SimulationSpec.of(150, 120, 11), programme);
        assertSameFile(dir, programme.toString());
    }

    @Test
    void theFamiliasPlaneCrashGivesTheSameFileOnSparkAsOnThisMachine(@TempDir Path dir) throws IOException {
        assertSameFile(dir, DviCommandTests.resource("planecrash-dvi.fam").toString(), "--threshold", "1", "--top", "5");
    }

    @Test
    void theFamiliasDviExampleGivesTheSameFileOnSparkAsOnThisMachine(@TempDir Path dir) throws IOException {
        assertSameFile(dir, DviCommandTests.resource("dvi-example.fam").toString(), "--threshold", "1", "--top", "5");
    }

    @Test
    void anUnknownEngineIsRefused(@TempDir Path dir) {
        int code = execute("match", DviCommandTests.resource("planecrash-dvi.fam").toString(), "--engine", "hadoop",
                "--out", dir.resolve("x.csv").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--engine must be local or spark: hadoop");
    }

    private void assertSameFile(Path dir, String input, String... more) throws IOException {
        Path local = dir.resolve("local.csv");
        Path spark = dir.resolve("spark.csv");
        assertThat(execute(args(input, local, more, "--quiet"))).as(err.toString()).isZero();
        assertThat(execute(args(input, spark, more, "--quiet", "--engine", "spark", "--master", "local[2]")))
                .as(err.toString()).isZero();
        List<String> expected = Files.readAllLines(local, StandardCharsets.UTF_8);
        List<String> actual = Files.readAllLines(spark, StandardCharsets.UTF_8);
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String[] want = expected.get(i).split(",", -1);
            String[] got = actual.get(i).split(",", -1);
            assertThat(got).as("line %d", i + 1).hasSameSizeAs(want);
            for (int c = 0; c < want.length; c++) {
                if (isNumber(want[c]) && !want[c].equals(got[c])) {
                    // two index builds may differ in the last bit (the JIT's Math.log against the interpreter's)
                    double w = Double.parseDouble(want[c]);
                    assertThat(Math.abs(Double.parseDouble(got[c]) - w)).as("line %d, column %d", i + 1, c + 1)
                            .isLessThanOrEqualTo(1e-12 * Math.abs(w));
                } else {
                    assertThat(got[c]).as("line %d, column %d", i + 1, c + 1).isEqualTo(want[c]);
                }
            }
        }
    }

    private static boolean isNumber(String field) {
        try {
            Double.parseDouble(field);
            return !field.isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String[] args(String input, Path out, String[] more, String... extra) {
        List<String> all = new java.util.ArrayList<>(List.of("match", input, "--out", out.toString()));
        all.addAll(List.of(more));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }
}
