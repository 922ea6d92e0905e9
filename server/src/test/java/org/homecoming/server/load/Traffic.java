package org.homecoming.server.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where every virtual user's requests are counted: after the warm-up into the endpoint's
 * {@link LatencyLog}; during the warm-up only errors are kept (a warm-up error is still an error).
 *
 * <pre>{@code
 * Traffic t = new Traffic(System.nanoTime() + warmupNanos);
 * t.record(Endpoint.PERSON_PAGE, startNanos, LatencyLog.Outcome.SUCCESS, null);
 * }</pre>
 */
final class Traffic {

    private final long measureFromNanos;
    private final Map<Endpoint, LatencyLog> logs = LatencyLog.perEndpoint();
    private final AtomicLong warmupRequests = new AtomicLong();
    private final AtomicLong warmupErrors = new AtomicLong();
    private final List<String> warmupErrorSamples = new ArrayList<>();

    Traffic(long measureFromNanos) {
        this.measureFromNanos = measureFromNanos;
    }

    void record(Endpoint endpoint, long startNanos, LatencyLog.Outcome outcome, String what) {
        long now = System.nanoTime();
        if (startNanos < measureFromNanos) {
            warmupRequests.incrementAndGet();
            if (outcome == LatencyLog.Outcome.ERROR) {
                warmupErrors.incrementAndGet();
                synchronized (warmupErrorSamples) {
                    if (warmupErrorSamples.size() < 5) {
                        warmupErrorSamples.add(endpoint.label + ": " + what);
                    }
                }
            }
            return;
        }
        LatencyLog log = logs.get(endpoint);
        switch (outcome) {
            case SUCCESS -> log.success(now - startNanos);
            case CONFLICT -> log.conflict(now - startNanos);
            case ERROR -> log.error(now - startNanos, what);
        }
    }

    Map<Endpoint, LatencyLog> logs() {
        return logs;
    }

    long warmupRequests() {
        return warmupRequests.get();
    }

    long warmupErrors() {
        return warmupErrors.get();
    }

    List<String> warmupErrorSamples() {
        synchronized (warmupErrorSamples) {
            return List.copyOf(warmupErrorSamples);
        }
    }
}
