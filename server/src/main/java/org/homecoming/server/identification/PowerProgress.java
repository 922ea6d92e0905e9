package org.homecoming.server.identification;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Where the background power job stands: families queued in the present (or last) run, how many are
 * done and how many failed, and when the run started and finished ({@code finishedAt} null while it
 * runs; both null before any run).
 *
 * <pre>{@code
 * PowerProgress p = job.progress();
 * p.percent(); // 0..100
 * }</pre>
 */
public record PowerProgress(int total, int done, int failed, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    static PowerProgress none() {
        return new PowerProgress(0, 0, 0, null, null);
    }

    public boolean running() {
        return startedAt != null && finishedAt == null;
    }

    public int percent() {
        return total == 0 ? (running() ? 0 : 100) : (int) (100L * done / total);
    }

    /** Seconds from the start to the end of the run, or to now while it runs; 0 before any run. */
    public double seconds() {
        if (startedAt == null) {
            return 0;
        }
        OffsetDateTime end = finishedAt == null ? OffsetDateTime.now() : finishedAt;
        return Duration.between(startedAt, end).toMillis() / 1000.0;
    }

    PowerProgress queued(int more, OffsetDateTime now) {
        return running() ? new PowerProgress(total + more, done, failed, startedAt, null)
                : new PowerProgress(more, 0, 0, now, null);
    }

    PowerProgress computed(boolean ok) {
        return new PowerProgress(total, done + 1, failed + (ok ? 0 : 1), startedAt, finishedAt);
    }

    PowerProgress finished(OffsetDateTime now) {
        return new PowerProgress(total, done, failed, startedAt, now);
    }
}
