package org.homecoming.server.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The latencies and outcomes of one endpoint's requests, thread-safe: each request adds its
 * duration and whether it succeeded, failed or met an optimistic-locking conflict (409), and the
 * summary gives exact percentiles (nearest rank) over every request kept.
 *
 * <pre>{@code
 * LatencyLog log = new LatencyLog();
 * log.success(12_000_000L);
 * log.summary().p95Ms(); // 12.0
 * }</pre>
 */
final class LatencyLog {

    /** What a request came to. */
    enum Outcome { SUCCESS, CONFLICT, ERROR }

    /** One endpoint's figures. */
    record Summary(long requests, double p50Ms, double p95Ms, double p99Ms, double maxMs, long errors, long conflicts,
            List<String> errorSamples) {
    }

    private static final int SAMPLES = 5;

    private long[] nanos = new long[1024];
    private int count;
    private long errors;
    private long conflicts;
    private final List<String> errorSamples = new ArrayList<>();

    synchronized void success(long durationNanos) {
        add(durationNanos);
    }

    synchronized void conflict(long durationNanos) {
        add(durationNanos);
        conflicts++;
    }

    synchronized void error(long durationNanos, String what) {
        add(durationNanos);
        errors++;
        if (errorSamples.size() < SAMPLES) {
            errorSamples.add(what);
        }
    }

    private void add(long durationNanos) {
        if (durationNanos < 0) {
            throw new IllegalArgumentException("durationNanos must be >= 0: " + durationNanos);
        }
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(count, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                count == 0 ? 0 : sorted[count - 1] / 1e6, errors, conflicts, List.copyOf(errorSamples));
    }

    /** The nearest-rank percentile in milliseconds: the smallest value with at least {@code q} of all at or below it. */
    static double rank(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** One log per endpoint. */
    static Map<Endpoint, LatencyLog> perEndpoint() {
        Map<Endpoint, LatencyLog> logs = new EnumMap<>(Endpoint.class);
        for (Endpoint e : Endpoint.values()) {
            logs.put(e, new LatencyLog());
        }
        return logs;
    }
}
