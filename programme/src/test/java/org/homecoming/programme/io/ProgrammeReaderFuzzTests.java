package org.homecoming.programme.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import org.homecoming.kinship.io.InputFormatException;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link ProgrammeReader} and its {@link CsvTable} (docs/fuzzing.md): a
 * programme directory written from the input (see {@link FuzzedDirectory}) ends in a {@link Programme}
 * or an {@link InputFormatException}, never another exception or a hang.
 */
class ProgrammeReaderFuzzTests {

    /** Larger inputs are skipped: they only make each run slower, not the code reached different. */
    private static final int MAX_BYTES = 32 * 1024;
    private static final List<String> FILES = List.of("frequencies.txt", "manifest.properties",
            "missing_persons.csv", "family_members.csv", "remains.csv", "profiles.csv", "lineage.csv", "truth.csv");
    private static final FuzzedDirectory DIRECTORY = new FuzzedDirectory("programme-fuzz", FILES);

    @FuzzTest
    @Timeout(10)
    void readsAProgrammeOrNamesFileLineAndField(byte[] input) {
        if (input.length > MAX_BYTES) {
            return;
        }
        Path dir = DIRECTORY.write(input);
        try {
            Programme p = ProgrammeReader.read(dir, ProgrammeReader.Settings.defaults());
            assertThat(p.remains()).isNotNull();
        } catch (InputFormatException e) {
            assertThat(e.file()).isNotBlank();
            assertThat(e.problem()).isNotBlank();
        }
    }
}
