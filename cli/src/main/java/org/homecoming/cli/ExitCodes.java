package org.homecoming.cli;

import java.io.UncheckedIOException;
import java.io.PrintWriter;
import org.homecoming.kinship.io.InputFormatException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to exit codes: 2 for bad input (one line on stderr naming the file, the line and the
 * problem), 1 for anything else. Stack traces print only with {@code HOMECOMING_DEBUG=1}.
 */
final class ExitCodes implements IExecutionExceptionHandler {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (debug()) {
            ex.printStackTrace(err);
        }
        if (ex instanceof InputFormatException || ex instanceof IllegalArgumentException
                || ex instanceof UncheckedIOException) {
            err.println("homecoming: " + oneLine(ex.getMessage()));
            err.flush();
            return BAD_INPUT;
        }
        err.println("homecoming: " + ex.getClass().getSimpleName() + ": " + oneLine(ex.getMessage()));
        err.flush();
        return FAILURE;
    }

    static int onBadParameters(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("homecoming: " + oneLine(ex.getMessage()));
        cmd.getErr().flush();
        return BAD_INPUT;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').strip();
    }

    private static boolean debug() {
        return "1".equals(System.getenv("HOMECOMING_DEBUG"));
    }
}
