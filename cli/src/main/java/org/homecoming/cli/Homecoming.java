package org.homecoming.cli;

import org.homecoming.cli.backup.BackupCommand;
import org.homecoming.cli.backup.RestoreCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code homecoming} command: lists the verbs; each verb is a class of its own. */
@Command(name = "homecoming",
        mixinStandardHelpOptions = true,
        version = "Homecoming 0.1.0",
        description = "Information system for the missing of the war: kinship, identification, archive.",
        subcommands = {
            HelpCommand.class,
            LrCommand.class,
            TeqCommand.class,
            DviCommand.class,
            SimulateCommand.class,
            MatchCommand.class,
            BenchCommand.class,
            DemoCommand.class,
            ServeCommand.class,
            UsersCommand.class,
            ThorCommand.class,
            BackupCommand.class,
            RestoreCommand.class
        })
public final class Homecoming {

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line: exit codes 0 success, 1 failure, 2 bad input. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Homecoming());
        cl.setExecutionExceptionHandler(new ExitCodes());
        cl.setParameterExceptionHandler(ExitCodes::onBadParameters);
        return cl;
    }
}
