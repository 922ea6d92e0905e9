package org.homecoming.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", header = "(being built)")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("homecoming demo: not available in this build");
        return ExitCodes.FAILURE;
    }
}
