package org.homecoming.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.homecoming.simulator.bombing.ThorFileSimulator;
import org.homecoming.simulator.bombing.ThorFileSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code homecoming thor import FILE.csv}: US bombing records (THOR, docs/bombing-records.md) imported into
 * the server's database by the server jar run as a command, with a progress bar over the file's bytes; prints
 * the counts as JSON ({@code {"imported":n,"duplicates":d,"rejected":{...}}}).
 */
@Command(name = "thor", mixinStandardHelpOptions = true,
        header = "Import historical bombing records (THOR CSV) into the database.",
        description = {"Runs while the server is stopped when the database is the embedded one (--data);",
            "a running server imports through POST /api/v1/bombing/imports."},
        subcommands = {HelpCommand.class, ThorCommand.Import.class, ThorCommand.Simulate.class})
final class ThorCommand {

    /** The server JVM's default options for an import: full JIT (it runs minutes on the real file), bounded heap. */
    static final String JAVA_OPTIONS = "-Xmx512m";

    @Command(name = "import", mixinStandardHelpOptions = true,
            header = "Import a THOR CSV file; rows already stored are skipped, impossible rows counted by reason.")
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.csv", description = "THOR file as published, e.g. thor_data_vietnam.csv")
        Path file;

        @Mixin
        DatabaseOptions db;

        private final ServerLauncher launcher;

        Import() {
            this(ServerLauncher.fromHome(JAVA_OPTIONS));
        }

        Import(ServerLauncher launcher) {
            this.launcher = launcher;
        }

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("FILE must be a THOR CSV file: " + file);
            }
            Path absolute = file.toAbsolutePath().normalize();
            PrintWriter err = spec.commandLine().getErr();
            ProgressLines progress = new ProgressLines(new ProgressBar(err, "importing", "B", Files.size(absolute)), err);
            List<String> args = List.of(db.dataDirArgument(), "thor", "import", "--file=" + absolute);
            int code = launcher.call(args, db.environment(), spec.commandLine().getOut(), progress::accept, err);
            progress.finish();
            return code;
        }
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true,
            header = "Write a synthetic THOR-format file, with some bad rows of each kind, for demos and benchmarks.")
    static final class Simulate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.csv", description = "file to write")
        Path file;

        @Option(names = "--rows", required = true, paramLabel = "N", description = "data rows")
        long rows;

        @Option(names = "--seed", paramLabel = "S", description = "random seed (default 1975)")
        long seed = 1975;

        @Option(names = "--bad-share", paramLabel = "P", description = "share of impossible rows (default 0.03)")
        double badShare = 0.03;

        @Override
        public Integer call() {
            ThorFileSummary s = ThorFileSimulator.write(file, rows, seed, badShare);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "wrote %s: %d rows, %d good, bad by reason %s%n", file, s.rows(), s.good(), s.bad());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
