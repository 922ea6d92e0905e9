package org.homecoming.kinship.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link FrequencyTableReader} (docs/fuzzing.md): every input ends in a
 * table or an {@link InputFormatException} naming the file, never another exception or a hang. Seeds and
 * crash inputs live in {@code FrequencyTableReaderFuzzTestsInputs/}.
 */
class FrequencyTableReaderFuzzTests {

    /** Larger inputs are skipped: a real table is a few kilobytes. */
    private static final int MAX_BYTES = 64 * 1024;

    @FuzzTest
    @Timeout(10)
    void readsATableOrNamesTheLine(byte[] input) {
        if (input.length > MAX_BYTES) {
            return;
        }
        try {
            FrequencyDatabase db = FrequencyTableReader.read(new ByteArrayInputStream(input), "fuzz.txt", "fuzz");
            assertThat(db.loci()).isNotEmpty();
        } catch (InputFormatException e) {
            assertThat(e.file()).isEqualTo("fuzz.txt");
            assertThat(e.getMessage()).startsWith("fuzz.txt:");
        }
    }
}
