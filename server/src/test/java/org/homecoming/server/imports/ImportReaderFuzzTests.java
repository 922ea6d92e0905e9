package org.homecoming.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.homecoming.programme.io.FuzzedDirectory;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the programme CSV import's checks ({@link ImportReader} with {@link
 * CsvReader}, {@link PersonRows}, {@link FamilyRows}, {@link SiteRows}, {@link DnaRows}; docs/fuzzing.md):
 * the files written from the input (see {@link FuzzedDirectory}) end in a result whose problems each name
 * file, line and field, never an exception or a hang.
 */
class ImportReaderFuzzTests {

    /** Larger inputs are skipped: they only make each run slower, not the code reached different. */
    private static final int MAX_BYTES = 32 * 1024;
    private static final FuzzedDirectory DIRECTORY = new FuzzedDirectory("import-fuzz", ImportReader.FILES);

    @FuzzTest
    @Timeout(10)
    void checksAProgrammeAndListsEveryProblem(byte[] input) {
        if (input.length > MAX_BYTES) {
            return;
        }
        Path dir = DIRECTORY.write(input);
        ImportReader.Result r = ImportReader.read(dir, KnownRefs.none());
        assertThat(r.problems()).hasSizeLessThanOrEqualTo(ImportReader.MAX_PROBLEMS);
        for (ImportProblem p : r.problems()) {
            assertThat(p.file()).isNotBlank();
            assertThat(p.field()).isNotBlank();
            assertThat(p.problem()).isNotBlank();
            assertThat(p.line()).isNotNegative();
        }
    }
}
