package org.homecoming.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the root command as {@code ./homecoming} would, capturing what it prints on stdout and stderr. */
abstract class CommandTests {

    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    protected int execute(String... args) {
        CommandLine cl = Homecoming.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }
}
