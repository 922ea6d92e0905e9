package org.homecoming.simulator;

/**
 * Told how far a simulation has got, so a command line can draw a progress bar.
 *
 * <p>{@code ProgrammeSimulator.simulate(spec, dir, (done, total) -> System.err.print("\r" + done + "/" + total))}
 *
 * <p>Called on the simulating thread, at most a few hundred times per run, with {@code done == total} last.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
