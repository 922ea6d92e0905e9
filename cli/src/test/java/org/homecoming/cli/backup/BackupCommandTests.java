package org.homecoming.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTests {

    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void aDataDirectory() throws IOException {
        data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve(DataDirectory.DATABASE), "database bytes");
        Files.createDirectories(data.resolve("archive-files/ab"));
        Files.writeString(data.resolve("archive-files/ab/abcdef"), "scan");
        Files.createDirectories(data.resolve("archive-index"));
        Files.writeString(data.resolve("archive-index/segments_1"), "index");
        Files.writeString(data.resolve("homecoming.trace.db"), "trace");
    }

    @Test
    void writesTheKeptFilesWithTheirHashes() throws IOException {
        Path out = tmp.resolve("b.zip");

        Commands r = Commands.run("backup", "--data", data.toString(), "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("backed up 2 files (18 B) of " + data + " into " + out);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(out.toFile())) {
            assertThat(z.stream().map(java.util.zip.ZipEntry::getName)).containsExactly(
                    "data/archive-files/ab/abcdef", "data/homecoming.mv.db", BackupArchive.MANIFEST);
            assertThat(new String(z.getInputStream(z.getEntry(BackupArchive.MANIFEST)).readAllBytes()))
                    .startsWith(BackupArchive.FORMAT + "\ncreated ")
                    .contains("\ndatabase h2\n", " 4 archive-files/ab/abcdef\n", " 14 homecoming.mv.db\n");
        }
        assertThat(tmp.resolve("b.zip.part")).doesNotExist();
    }

    @Test
    void refusesAnExistingTarget() throws IOException {
        Path out = Files.writeString(tmp.resolve("b.zip"), "earlier backup");

        Commands r = Commands.run("backup", "--data", data.toString(), "--out", out.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("homecoming: --out " + out + " exists: a backup never overwrites a file");
        assertThat(Files.readString(out)).isEqualTo("earlier backup");
    }

    @Test
    void refusesWhileAServerHoldsTheDatabase() throws IOException {
        Path out = tmp.resolve("b.zip");
        try (FileChannel c = FileChannel.open(data.resolve(DataDirectory.DATABASE), StandardOpenOption.WRITE);
                FileLock held = c.lock()) {

            Commands r = Commands.run("backup", "--data", data.toString(), "--out", out.toString());

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("homecoming: a server is running on " + data
                    + " (homecoming.mv.db is locked): stop it first");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesADirectoryWithoutDatabaseUnlessFilesOnly() throws IOException {
        Files.delete(data.resolve(DataDirectory.DATABASE));
        Path out = tmp.resolve("b.zip");

        Commands refused = Commands.run("backup", "--data", data.toString(), "--out", out.toString());
        Commands filesOnly = Commands.run("backup", "--data", data.toString(), "--out", out.toString(), "--files-only");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("--data " + data + " holds no H2 database (homecoming.mv.db); for a server"
                + " on PostgreSQL dump the database with pg_dump and add --files-only");
        assertThat(filesOnly.exit()).as(filesOnly.err()).isZero();
        assertThat(filesOnly.out()).contains("backed up 1 files", "(files only: no database)");
    }

    @Test
    void refusesAMissingDirectory() {
        Path missing = tmp.resolve("nope");

        Commands r = Commands.run("backup", "--data", missing.toString(), "--out", tmp.resolve("b.zip").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--data " + missing + " is not a directory");
    }
}
