package org.homecoming.kinship.search;

import java.io.Serializable;

/**
 * How a database search runs and what it reports.
 *
 * <pre>{@code
 * SearchOptions o = SearchOptions.defaults().withTopK(5).withThreshold(1e4).withThreads(2);
 * }</pre>
 *
 * @param topK candidates kept per remains and per missing person (0 keeps none; pairs at or above
 *     the threshold are reported anyway)
 * @param threshold LR at or above which a pair is reported whatever its rank (an identification)
 * @param threads worker threads
 * @param remainsPerChunk remains compared together against one block of families
 */
public record SearchOptions(int topK, double threshold, int threads, int remainsPerChunk) implements Serializable {

    public SearchOptions {
        if (topK < 0) {
            throw new IllegalArgumentException("topK must be at least 0: " + topK);
        }
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold must be a positive number: " + threshold);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (remainsPerChunk < 1) {
            throw new IllegalArgumentException("remainsPerChunk must be at least 1: " + remainsPerChunk);
        }
    }

    /** Top 3, threshold 10^4, one thread per available processor, 4096 remains per chunk. */
    public static SearchOptions defaults() {
        return new SearchOptions(3, 1e4, Runtime.getRuntime().availableProcessors(), 4096);
    }

    public SearchOptions withTopK(int k) {
        return new SearchOptions(k, threshold, threads, remainsPerChunk);
    }

    public SearchOptions withThreshold(double t) {
        return new SearchOptions(topK, t, threads, remainsPerChunk);
    }

    public SearchOptions withThreads(int t) {
        return new SearchOptions(topK, threshold, t, remainsPerChunk);
    }

    public SearchOptions withRemainsPerChunk(int n) {
        return new SearchOptions(topK, threshold, threads, n);
    }
}
