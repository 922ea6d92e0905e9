package org.homecoming.cli.backup;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.homecoming.cli.Homecoming;
import picocli.CommandLine;

/** Runs the real root command line with captured output, as the launcher would. */
record Commands(int exit, String out, String err) {

    static Commands run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Homecoming.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Commands(exit, out.toString(), err.toString());
    }
}
