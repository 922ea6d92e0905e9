package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code homecoming lr FILE --json} on the R cross-check files of the kinship module
 * ({@code kinship/src/test/resources/crosscheck/lr}, see its README): each hypothesis' total
 * log-likelihood as printed agrees with pedprobr's to 1e-9, and the LR of each hypothesis against
 * the last one is their ratio.
 */
class CrossCheckCommandTests {

    private static final Path LR = Path.of("..", "kinship", "src", "test", "resources", "crosscheck", "lr");
    private static final Pattern HYPOTHESIS =
            Pattern.compile("\\{\"name\":\"([^\"]+)\",\"logLikelihood\":(null|[-0-9.eE+]+)");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(LR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".tsv"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
            return names.stream().filter(n -> totals(n).size() > 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void totalsPrintedByTheCommandMatchPedprobr(String name) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Homecoming.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("lr", LR.resolve(name + ".fam").toString(), "--json");
        assertThat(code).as(err.toString()).isZero();
        Map<String, Double> printed = new LinkedHashMap<>();
        Matcher m = HYPOTHESIS.matcher(out.toString());
        while (m.find()) {
            printed.put(m.group(1), m.group(2).equals("null") ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(2)));
        }
        Map<String, Double> expected = totals(name);
        assertThat(printed).containsOnlyKeys(expected.keySet());
        expected.forEach((h, x) -> {
            if (x == Double.NEGATIVE_INFINITY) {
                assertThat(printed.get(h)).as(name + " " + h).isEqualTo(x);
            } else {
                assertThat(Math.abs(printed.get(h) - x)).as(name + " " + h + ": " + printed.get(h) + " vs " + x)
                        .isLessThanOrEqualTo(1e-9);
            }
        });
    }

    /** The *total* rows of a case (none when some loci are not asserted). */
    private static Map<String, Double> totals(String name) {
        Map<String, Double> t = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(LR.resolve(name + ".tsv"), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 3 && f[1].equals("*total*")) {
                    t.put(f[0], f[2].equals("-Inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(f[2]));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return t;
    }
}
