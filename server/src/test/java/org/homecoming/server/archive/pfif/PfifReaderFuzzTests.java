package org.homecoming.server.archive.pfif;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link PfifReader} (docs/fuzzing.md): every document ends in its persons or
 * an {@link IllegalArgumentException} saying what is wrong, never another exception or a hang. No DTD or
 * external entity is read, so entity expansion cannot make an input large.
 */
class PfifReaderFuzzTests {

    private static final int MAX_BYTES = 64 * 1024;

    @FuzzTest
    @Timeout(10)
    void readsPersonsOrNamesTheProblem(byte[] input) {
        if (input.length > MAX_BYTES) {
            return;
        }
        try {
            List<PfifPerson> persons = new PfifReader().read(new ByteArrayInputStream(input));
            persons.forEach(p -> assertThat(p.personRecordId()).isNotBlank());
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
