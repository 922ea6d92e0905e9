package org.homecoming.cli;

import picocli.CommandLine.Option;

/** {@code --threads T}, shared by the commands that search in parallel; defaults to the processors. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: processors)")
    Integer threads;

    int count() {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1: " + threads);
        }
        return threads;
    }
}
