package org.homecoming.programme.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.homecoming.kinship.io.InputFormatException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a programme directory: the seed of {@link ProgrammeReaderFuzzTests} reads, and the problems
 * that fuzzing found are reported as {@link InputFormatException} naming the file.
 */
class ProgrammeReaderTests {

    private static final String SEED = "ProgrammeReaderFuzzTestsInputs/readsAProgrammeOrNamesFileLineAndField/seed-programme";

    @TempDir
    Path dir;

    private Path programme() throws IOException {
        try (InputStream in = ProgrammeReaderTests.class.getResourceAsStream(SEED)) {
            return new FuzzedDirectory(dir, java.util.List.of("frequencies.txt", "manifest.properties",
                    "missing_persons.csv", "family_members.csv", "remains.csv", "profiles.csv", "lineage.csv",
                    "truth.csv")).write(in.readAllBytes());
        }
    }

    @Test
    void readsTheFuzzSeedProgramme() throws IOException {
        Programme p = ProgrammeReader.read(programme(), ProgrammeReader.Settings.defaults());
        assertThat(p.loci()).extracting(l -> l.name()).containsExactly("D3S1358", "vWA");
        assertThat(p.families()).hasSize(1);
        assertThat(p.remains()).extracting(r -> r.id()).containsExactly("T-R-1");
        assertThat(p.truth()).containsKey("T-R-1");
    }

    @Nested
    class FoundByFuzzing {

        @Test
        void aDirectoryWithoutFrequencyTableNamesTheMissingFile() {
            assertThatThrownBy(() -> ProgrammeReader.read(dir, ProgrammeReader.Settings.defaults()))
                    .isInstanceOf(InputFormatException.class)
                    .hasMessage("frequencies.txt: file is missing from the programme directory");
        }

        @Test
        void aMissingCsvFileIsNamed() throws IOException {
            Path p = programme();
            Files.delete(p.resolve("family_members.csv"));
            assertThatThrownBy(() -> ProgrammeReader.read(p, ProgrammeReader.Settings.defaults()))
                    .isInstanceOf(InputFormatException.class)
                    .hasMessage("family_members.csv: file is missing from the programme directory");
        }

        @Test
        void aCsvFileThatIsNotUtf8IsNamed() throws IOException {
            Path p = programme();
            Files.write(p.resolve("remains.csv"), new byte[] {'i', 'd', (byte) 0xC3, '\n'});
            assertThatThrownBy(() -> ProgrammeReader.read(p, ProgrammeReader.Settings.defaults()))
                    .isInstanceOf(InputFormatException.class)
                    .hasMessage("remains.csv: not UTF-8 text");
        }

        @Test
        void aManifestThatIsNotUtf8IsNamed() throws IOException {
            Path p = programme();
            Files.write(p.resolve("manifest.properties"), new byte[] {'l', 'o', 'c', 'i', '=', (byte) 0xFF});
            assertThatThrownBy(() -> ProgrammeReader.read(p, ProgrammeReader.Settings.defaults()))
                    .isInstanceOf(InputFormatException.class)
                    .hasMessage("manifest.properties: not UTF-8 text");
        }

        @Test
        void aManifestWithABrokenUnicodeEscapeIsNamed() throws IOException {
            Path p = programme();
            Files.writeString(p.resolve("manifest.properties"), "loci=\\u12");
            assertThatThrownBy(() -> ProgrammeReader.read(p, ProgrammeReader.Settings.defaults()))
                    .isInstanceOf(InputFormatException.class)
                    .hasMessageStartingWith("manifest.properties: not a properties file: Malformed \\uxxxx encoding");
        }
    }
}
