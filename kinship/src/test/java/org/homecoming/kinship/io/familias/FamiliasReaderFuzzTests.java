package org.homecoming.kinship.io.familias;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.homecoming.kinship.io.InputFormatException;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link FamiliasReader} and the conversion that follows it ({@link
 * FamiliasCase#of}), the path of every {@code .fam} file from outside (docs/fuzzing.md): each input
 * ends in a case or an {@link InputFormatException} naming the file, never another exception or a hang.
 */
class FamiliasReaderFuzzTests {

    /** Larger inputs are skipped: the largest example file is about 20 kB. */
    private static final int MAX_BYTES = 64 * 1024;

    @FuzzTest
    @Timeout(10)
    void readsACaseOrNamesTheLine(byte[] input) {
        if (input.length > MAX_BYTES) {
            return;
        }
        try {
            FamiliasCase c = FamiliasCase.of(FamiliasReader.read(new ByteArrayInputStream(input), "fuzz.fam"));
            assertThat(c.file()).isEqualTo("fuzz.fam");
        } catch (InputFormatException e) {
            assertThat(e.file()).isEqualTo("fuzz.fam");
            assertThat(e.getMessage()).startsWith("fuzz.fam:");
        }
    }
}
