package org.homecoming.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code homecoming bench}: speed measurements of the engine on this machine, one subcommand per part. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure the engine's speed on this machine.",
        description = "Runs on synthetic data drawn from a seed, so that machines can be compared.",
        subcommands = SearchBenchCommand.class)
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a benchmark: search");
    }
}
