package org.homecoming.dioxin;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link ResultsCsvReader} (docs/fuzzing.md): every input ends in samples that each
 * hold at least one result, or in a {@link ResultsFormatException} of the form {@code FILE:LINE: FIELD: PROBLEM}.
 */
class ResultsCsvReaderFuzzTests {

    private static final int MAX_BYTES = 16 * 1024;

    private final ResultsCsvReader reader = new ResultsCsvReader();

    @FuzzTest
    @Timeout(10)
    void readsSamplesOrNamesFileLineAndField(byte[] input) {
        if (input.length > MAX_BYTES) {
            return;
        }
        try {
            List<SampleResults> samples = reader.read("fuzz.csv", new String(input, StandardCharsets.UTF_8));
            assertThat(samples).allSatisfy(s -> assertThat(s.measurements()).isNotEmpty());
        } catch (ResultsFormatException e) {
            assertThat(e.getMessage()).matches("(?s)fuzz\\.csv:[1-9][0-9]*: [a-z_]+: .+");
        }
    }
}
