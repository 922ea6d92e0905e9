package org.homecoming.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The server command's stderr read line by line: progress lines draw the bar, other lines pass through. */
class ProgressLinesTests {

    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text);
    private final AtomicLong clock = new AtomicLong(0);
    private final ProgressLines lines = new ProgressLines(new ProgressBar(err, "importing", "B", 1000, clock::get), err);

    @Test
    void aProgressLineRedrawsTheBarAtItsByteCount() {
        clock.set(2_000_000_000L);
        lines.accept("progress 500 10000");
        assertThat(text.toString()).isEqualTo("\rimporting [###############               ]  50% 2.50e+02 B/s ETA 0:02");
    }

    @Test
    void anyOtherLineEndsTheBarsLineAndIsPrintedAsItCame() {
        clock.set(1_000_000_000L);
        lines.accept("progress 1000 20000");
        lines.accept("homecoming: thor.csv:1: THOR_DATA_VIET_ID: missing column");
        lines.accept("progress x 1");
        String nl = System.lineSeparator();
        assertThat(text.toString()).isEqualTo("\rimporting [##############################] 100% 1.00e+03 B/s ETA 0:00" + nl
                + "homecoming: thor.csv:1: THOR_DATA_VIET_ID: missing column" + nl + "progress x 1" + nl);
    }
}
