package org.homecoming.cli.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homecoming backup}: one zip file holding a stopped server's data directory. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        header = "Back up a stopped server's data directory (H2 database, archive files, keys) into one file.",
        description = {"The server must be stopped: the command refuses while a server holds the directory's files,",
            "and holds them itself so that no server starts during the backup. The search indexes are left out;",
            "the server rebuilds them at its first start after a restore. On PostgreSQL the database is backed up",
            "with pg_dump and this command, given --files-only, keeps the rest (docs/operations.md)."})
public final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the server's data directory")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the backup file to create (.zip)")
    Path out;

    @Option(names = "--files-only", description = "the directory holds no H2 database (the server runs on PostgreSQL)")
    boolean filesOnly;

    @Override
    public Integer call() throws Exception {
        DataDirectory dir = DataDirectory.of(data);
        if (!Files.isDirectory(dir.root())) {
            throw new IllegalArgumentException("--data " + data + " is not a directory");
        }
        if (Files.exists(out)) {
            throw new IllegalArgumentException("--out " + out + " exists: a backup never overwrites a file");
        }
        if (!dir.hasDatabase() && !filesOnly) {
            throw new IllegalArgumentException("--data " + data + " holds no H2 database (" + DataDirectory.DATABASE
                    + "); for a server on PostgreSQL dump the database with pg_dump and add --files-only");
        }
        try (DataDirectory.Hold hold = dir.holdStopped()) {
            BackupArchive.Summary s = BackupArchive.write(dir, out, Instant.now());
            spec.commandLine().getOut().printf("backed up %d files (%s) of %s into %s%s%n", s.files(), Sizes.of(s.bytes()),
                    dir.root(), out.toAbsolutePath().normalize(), s.database() ? "" : " (files only: no database)");
        }
        return 0;
    }
}
