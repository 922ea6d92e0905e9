package org.homecoming.cli.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code homecoming restore}: a backup made by {@code backup} unpacked into a new data directory. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        header = "Restore a backup into a new (absent or empty) data directory, checking every file's SHA-256.",
        description = {"Refuses a directory that holds anything, so a restore never mixes with or overwrites data:",
            "move the old directory aside first. The server rebuilds the search indexes at its next start."})
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a file written by 'homecoming backup'")
    Path backup;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the data directory to create")
    Path data;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(backup)) {
            throw new IllegalArgumentException("FILE " + backup + " is not a file");
        }
        Path target = data.toAbsolutePath().normalize();
        if (Files.exists(target) && !emptyDirectory(target)) {
            throw new IllegalArgumentException("--data " + data + " exists and is not empty: restore into a new "
                    + "directory, or move it aside first");
        }
        Files.createDirectories(target.getParent());
        BackupArchive.Summary s = BackupArchive.restore(backup, target);
        spec.commandLine().getOut().printf("restored %d files (%s) into %s, every SHA-256 checked; the search indexes"
                + " are rebuilt at the next start%n", s.files(), Sizes.of(s.bytes()), target);
        return 0;
    }

    private static boolean emptyDirectory(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
