package org.homecoming.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link CsvReader} (docs/fuzzing.md): every input ends in its records, each
 * starting on a line after the previous one, or an {@link IllegalArgumentException} naming the line.
 */
class CsvReaderFuzzTests {

    private static final int MAX_BYTES = 64 * 1024;

    @FuzzTest
    @Timeout(10)
    void readsRecordsOrNamesTheLine(byte[] input) throws IOException {
        if (input.length > MAX_BYTES) {
            return;
        }
        CsvReader csv = new CsvReader(new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8));
        long last = 0;
        try {
            for (List<String> rec = csv.next(); rec != null; rec = csv.next()) {
                assertThat(rec).isNotEmpty();
                assertThat(csv.line()).isGreaterThan(last);
                last = csv.line();
            }
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("line ");
        }
    }
}
