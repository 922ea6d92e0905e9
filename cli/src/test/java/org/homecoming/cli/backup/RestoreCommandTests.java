package org.homecoming.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreCommandTests {

    @TempDir
    Path tmp;
    Path backup;

    @BeforeEach
    void aBackupOfASmallDataDirectory() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("keys"));
        Files.writeString(data.resolve(DataDirectory.DATABASE), "not really H2, but bytes to keep");
        Files.writeString(data.resolve("keys/installation.key"), "key");
        Files.createDirectories(data.resolve("index"));
        Files.writeString(data.resolve("index/_0.cfs"), "rebuilt at start");
        backup = tmp.resolve("b.zip");
        assertThat(Commands.run("backup", "--data", data.toString(), "--out", backup.toString()).exit()).isZero();
    }

    @Test
    void restoresEveryKeptFileAndLeavesTheIndexOut() throws IOException {
        Path target = tmp.resolve("restored");

        Commands r = Commands.run("restore", backup.toString(), "--data", target.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("restored 2 files", "every SHA-256 checked");
        assertThat(Files.readString(target.resolve(DataDirectory.DATABASE))).isEqualTo("not really H2, but bytes to keep");
        assertThat(Files.readString(target.resolve("keys/installation.key"))).isEqualTo("key");
        assertThat(target.resolve("index")).doesNotExist();
        assertThat(tmp.resolve(".restored.restoring")).doesNotExist();
    }

    @Test
    void refusesADirectoryThatHoldsAnything() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(target.resolve("something"), "x");

        Commands r = Commands.run("restore", backup.toString(), "--data", target.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("homecoming: --data " + target
                + " exists and is not empty: restore into a new directory, or move it aside first");
    }

    @Test
    void refusesAMissingFile() {
        Commands r = Commands.run("restore", tmp.resolve("nope.zip").toString(), "--data", tmp.resolve("d").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("FILE " + tmp.resolve("nope.zip") + " is not a file");
    }

    @Test
    void refusesAZipWithoutManifestAndLeavesNothing() throws IOException {
        Path other = tmp.resolve("other.zip");
        zip(other, "data/homecoming.mv.db", "x");
        Path target = tmp.resolve("d");

        Commands r = Commands.run("restore", other.toString(), "--data", target.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not a Homecoming backup (no homecoming-backup.txt): " + other);
        assertThat(target).doesNotExist();
    }

    @Test
    void refusesAnEntryOutsideTheDataDirectory() throws IOException {
        Path evil = tmp.resolve("evil.zip");
        zip(evil, "data/../../escaped", "x");

        Commands r = Commands.run("restore", evil.toString(), "--data", tmp.resolve("d").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("holds an entry outside data/: data/../../escaped");
        assertThat(tmp.getParent().resolve("escaped")).doesNotExist();
    }

    @Test
    void refusesABackupWhoseFileDiffersFromItsManifest() throws IOException {
        Path tampered = tmp.resolve("tampered.zip");
        String manifest;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(backup.toFile())) {
            manifest = new String(z.getInputStream(z.getEntry(BackupArchive.MANIFEST)).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(tampered))) {
            put(z, "data/homecoming.mv.db", "changed bytes");
            put(z, "data/keys/installation.key", "key");
            put(z, BackupArchive.MANIFEST, manifest);
        }
        Path target = tmp.resolve("d");

        Commands r = Commands.run("restore", tampered.toString(), "--data", target.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is damaged: its files differ from its manifest (first: homecoming.mv.db)");
        assertThat(target).doesNotExist();
    }

    private static void zip(Path file, String entry, String content) throws IOException {
        try (OutputStream f = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(f)) {
            put(z, entry, content);
        }
    }

    private static void put(ZipOutputStream z, String entry, String content) throws IOException {
        z.putNextEntry(new ZipEntry(entry));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
