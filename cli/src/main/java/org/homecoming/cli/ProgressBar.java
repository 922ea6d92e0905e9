package org.homecoming.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr with the rate and the estimated time left, redrawn in place at
 * most every {@link #REDRAW_NANOS} (and always at the end).
 *
 * <pre>{@code
 * ProgressBar bar = new ProgressBar(err, "matching", "comparisons", total);
 * bar.update(done);   // from one thread
 * bar.finish();
 * }</pre>
 *
 * <p>Reads {@code matching [##########          ]  50% 1.20e+07 comparisons/s ETA 0:13}.
 */
final class ProgressBar {

    static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final String label;
    private final String unit;
    private final long total;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private boolean drawn;

    ProgressBar(PrintWriter out, String label, String unit, long total) {
        this(out, label, unit, total, System::nanoTime);
    }

    ProgressBar(PrintWriter out, String label, String unit, long total, LongSupplier clock) {
        if (total < 0) {
            throw new IllegalArgumentException("total must be at least 0: " + total);
        }
        this.out = out;
        this.label = label;
        this.unit = unit;
        this.total = total;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    void update(long done) {
        long now = clock.getAsLong();
        if (done < total && drawn && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        out.print("\r" + line(done, now));
        out.flush();
    }

    /** Ends the line the bar was drawn on. */
    void finish() {
        if (drawn) {
            out.println();
            out.flush();
        }
    }

    String line(long done, long now) {
        double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(WIDTH * fraction);
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? clockTime((total - done) / rate) : "--:--";
        return String.format(Locale.ROOT, "%s [%s%s] %3d%% %.2e %s/s ETA %s", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), (int) Math.floor(100 * fraction), rate, unit, eta);
    }

    static String clockTime(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
