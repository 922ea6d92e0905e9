package org.homecoming.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", header = "(being built)")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("homecoming serve: not available in this build");
        return ExitCodes.FAILURE;
    }
}
