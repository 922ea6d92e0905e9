package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTests extends CommandTests {

    @Test
    void searchPrintsTheContractLinesAndTheSampleAgreesWithTheExactEngine() {
        int code = execute("bench", "search", "--families", "70", "--remains", "40", "--loci", "6", "--seed", "3",
                "--exact-pairs", "60", "--threads", "2");
        assertThat(code).as(err.toString()).isZero();
        String s = out.toString();
        Matcher m = Pattern.compile("(?m)^precomputed: ([0-9.e+]+) comparisons/s; exact: ([0-9.e+]+) comparisons/s; "
                + "ratio: ([0-9.e+]+); memory per family: (\\d+) bytes$").matcher(s);
        assertThat(m.find()).as(s).isTrue();
        double precomputed = Double.parseDouble(m.group(1));
        double exact = Double.parseDouble(m.group(2));
        assertThat(Double.parseDouble(m.group(3))).isCloseTo(precomputed / exact,
                org.assertj.core.api.Assertions.within(precomputed / exact * 1e-3));
        assertThat(Pattern.compile("(?m)^all-against-all: [0-9.]+ s$").matcher(s).find()).as(s).isTrue();
        assertThat(s).contains("data: 70 families, 40 remains, 6 loci (proportional mutation), seed 3",
                "(40 remains x 70 families = 2800 comparisons on 2 threads");
        Matcher d = Pattern.compile("checked: 60 pairs, largest relative difference from the exact engine ([0-9.e+-]+)")
                .matcher(s);
        assertThat(d.find()).as(s).isTrue();
        assertThat(Double.parseDouble(d.group(1))).isLessThan(1e-9);
    }

    @Test
    void streamedTablesCheckTheReportedPairsAndWeighTheFamiliesInputs() {
        int code = execute("bench", "search", "--families", "70", "--remains", "40", "--loci", "6", "--seed", "3",
                "--exact-pairs", "30", "--threads", "2", "--mutation", "stepwise", "--tables", "streamed");
        assertThat(code).as(err.toString()).isZero();
        String s = out.toString();
        assertThat(s).contains("streamed: no index; each block of 64 families compiled when the search reaches it, "
                + "tables of at most 128 families at a time", "(40 remains x 70 families = 2800 comparisons on 2 threads");
        Matcher d = Pattern.compile("checked: 30 reported pairs, largest relative difference from the exact engine "
                + "([0-9.e+-]+)").matcher(s);
        assertThat(d.find()).as(s).isTrue();
        assertThat(Double.parseDouble(d.group(1))).isLessThan(1e-9);
        // the figure itself is the benchmark's to measure at scale (70 families weigh less than the heap's noise)
        assertThat(Pattern.compile("(?m)memory per family: \\d+ bytes$").matcher(s).find()).as(s).isTrue();
        assertThat(Pattern.compile("(?m)^all-against-all: [0-9.]+ s \\(compiling included\\)$").matcher(s).find()).as(s)
                .isTrue();
        assertThat(execute("bench", "search", "--families", "2", "--remains", "2", "--tables", "some"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--tables must be kept or streamed: some");
    }

    @Test
    void benchAloneAsksForABenchmark() {
        assertThat(execute("bench")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("name a benchmark: search");
    }

    @Test
    void anUnknownMutationModelIsBadInput() {
        assertThat(execute("bench", "search", "--families", "2", "--remains", "2", "--mutation", "wobbly"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--mutation must be none, equal, proportional or stepwise: wobbly");
    }
}
