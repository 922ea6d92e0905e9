package org.homecoming.kinship.search;

/**
 * Receives the progress of a long search: comparisons done out of the total. Called from one
 * thread at a time.
 *
 * <p>{@code DatabaseSearch.run(index, remains, options, (done, total) -> bar.update(done, total))}
 */
@FunctionalInterface
public interface SearchProgress {

    /** A listener that ignores progress. */
    SearchProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
