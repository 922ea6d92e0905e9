package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTests {

    private final StringWriter text = new StringWriter();
    private final AtomicLong clock = new AtomicLong(0);

    private ProgressBar bar(long total) {
        return new ProgressBar(new PrintWriter(text), "matching", "comparisons", total, clock::get);
    }

    @Test
    void halfWayAfterTenSecondsShowsTheRateAndTenSecondsLeft() {
        ProgressBar b = bar(2_000_000);
        assertThat(b.line(1_000_000, 10_000_000_000L))
                .isEqualTo("matching [###############               ]  50% 1.00e+05 comparisons/s ETA 0:10");
    }

    @Test
    void beforeAnyProgressTheEtaIsUnknown() {
        assertThat(bar(10).line(0, 0)).endsWith("0% 0.00e+00 comparisons/s ETA --:--");
    }

    @Test
    void redrawsAtMostFiveTimesASecondButAlwaysAtTheEnd() {
        ProgressBar b = bar(100);
        b.update(1);
        clock.set(ProgressBar.REDRAW_NANOS / 2);
        b.update(2);
        clock.set(ProgressBar.REDRAW_NANOS + 1);
        b.update(3);
        b.update(100);
        b.finish();
        String s = text.toString();
        assertThat(s.split("\r", -1)).hasSize(4);
        assertThat(s).contains("  1% ", "  3% ", "100% ").doesNotContain("  2% ").endsWith(System.lineSeparator());
    }

    @Test
    void longRunsShowHours() {
        assertThat(ProgressBar.clockTime(59.4)).isEqualTo("0:59");
        assertThat(ProgressBar.clockTime(3 * 3600 + 7 * 60 + 5)).isEqualTo("3:07:05");
    }
}
