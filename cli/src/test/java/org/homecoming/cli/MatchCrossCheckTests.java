package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code homecoming match FILE.fam} on the R cross-check DVI files of the kinship module
 * ({@code kinship/src/test/resources/crosscheck/dvi}, see its README): every pair the national search
 * reports has dvir's pairwise LR to 1e-9 relative, every pair dvir scores above zero is reported, and
 * no sex-incompatible pair (dvir's NA) is.
 */
class MatchCrossCheckTests extends CommandTests {

    private static final Path DVI = Path.of("..", "kinship", "src", "test", "resources", "crosscheck", "dvi");

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DVI)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".tsv"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
            return names.stream().filter(n -> Files.exists(DVI.resolve(n + ".fam")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportedPairsCarryDvirsPairwiseLr(String name) throws IOException {
        Path csv = dir.resolve(name + ".csv");
        // the smallest positive threshold and a large K: every pair with a positive LR is reported
        int code = execute("match", DVI.resolve(name + ".fam").toString(), "--out", csv.toString(),
                "--threshold", "1e-300", "--top", "1000", "--threads", "1");
        assertThat(code).as(err.toString()).isZero();
        Map<String, String> expected = pairwise(name);
        Map<String, Double> reported = new HashMap<>();
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            reported.put(f[0] + "|" + f[2], Double.parseDouble(f[3]));
        }
        reported.forEach((pair, lr) -> {
            String x = expected.get(pair);
            assertThat(x).as(name + " " + pair + " is a pair dvir scores").isNotNull().isNotEqualTo("NA");
            double want = Double.parseDouble(x);
            assertThat(Math.abs(lr - want)).as(name + " " + pair + ": " + lr + " vs dvir " + want)
                    .isLessThanOrEqualTo(1e-9 * want);
        });
        expected.forEach((pair, x) -> {
            if (!x.equals("NA") && Double.parseDouble(x) > 0) {
                assertThat(reported).as(name + " reports " + pair).containsKey(pair);
            }
        });
    }

    /** dvir's pairwise LRs, keyed {@code victim|missing}; "NA" where dvir marks the pair sex-incompatible. */
    private static Map<String, String> pairwise(String name) {
        Map<String, String> lr = new HashMap<>();
        try {
            for (String line : Files.readAllLines(DVI.resolve(name + ".tsv"), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 4 && f[0].equals("pairwise")) {
                    lr.put(f[1] + "|" + f[2], f[3]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lr;
    }
}
