package org.homecoming.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link YHaplotype#parse} (and {@link YStrCall#parse}), which reads the Y-STR
 * values of lineage files (docs/fuzzing.md): each text ends in a haplotype that reads back the same, or an
 * {@link IllegalArgumentException} saying what is wrong, never a leaked {@link NumberFormatException},
 * another exception or a hang.
 */
class YHaplotypeFuzzTests {

    private static final int MAX_BYTES = 4096;

    @FuzzTest
    @Timeout(10)
    void readsAHaplotypeOrSaysWhatIsWrong(byte[] input) {
        if (input.length > MAX_BYTES) {
            return;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        YHaplotype h;
        try {
            h = YHaplotype.parse(text);
        } catch (IllegalArgumentException e) {
            assertThat(e).isNotInstanceOf(NumberFormatException.class);
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(YHaplotype.parse(h.toString())).hasToString(h.toString());
    }
}
