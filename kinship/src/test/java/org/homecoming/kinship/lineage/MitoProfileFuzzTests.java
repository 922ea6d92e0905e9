package org.homecoming.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link MitoProfile#parse} (and {@link MitoRange#parse}, {@link
 * MitoVariant#parse}), which reads the mtDNA values of lineage files, {@code RANGES:VARIANTS}
 * (docs/fuzzing.md): each text ends in a profile that reads back equal, or an {@link
 * IllegalArgumentException} saying what is wrong, never a leaked {@link NumberFormatException}, another
 * exception or a hang.
 */
class MitoProfileFuzzTests {

    private static final int MAX_BYTES = 4096;

    @FuzzTest
    @Timeout(10)
    void readsAProfileOrSaysWhatIsWrong(byte[] input) {
        if (input.length > MAX_BYTES) {
            return;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        String ranges = colon < 0 ? text : text.substring(0, colon);
        String variants = colon < 0 ? "" : text.substring(colon + 1);
        MitoProfile p;
        try {
            p = MitoProfile.parse(ranges, variants);
        } catch (IllegalArgumentException e) {
            assertThat(e).isNotInstanceOf(NumberFormatException.class);
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        String written = p.toString();
        int at = written.indexOf(':');
        assertThat(MitoProfile.parse(written.substring(0, at), written.substring(at + 1))).isEqualTo(p);
    }
}
