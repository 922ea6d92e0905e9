package org.homecoming.programme.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link CsvReader} (docs/fuzzing.md): every input ends in its records, each
 * starting on a line after the previous one, or a {@link CsvSyntaxException} naming the line.
 */
class CsvReaderFuzzTests {

    private static final int MAX_BYTES = 64 * 1024;

    @FuzzTest
    @Timeout(10)
    void readsRecordsOrNamesTheLine(byte[] input) throws IOException {
        if (input.length > MAX_BYTES) {
            return;
        }
        long last = 0;
        try (CsvReader csv = new CsvReader(new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8))) {
            for (CsvReader.Line rec = csv.next(); rec != null; rec = csv.next()) {
                assertThat(rec.fields()).isNotEmpty();
                assertThat(rec.number()).isGreaterThan(last);
                last = rec.number();
            }
        } catch (CsvSyntaxException e) {
            assertThat(e.line()).isGreaterThan(last);
            assertThat(e.getMessage()).startsWith("line ");
        }
    }
}
