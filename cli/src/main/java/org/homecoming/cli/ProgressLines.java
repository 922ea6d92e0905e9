package org.homecoming.cli;

import java.io.PrintWriter;

/**
 * Reads the lines a server command writes on stderr: {@code progress BYTES ROWS} moves a {@link ProgressBar},
 * any other line is passed on to the terminal.
 *
 * <pre>{@code
 * ProgressLines p = new ProgressLines(bar, err);
 * p.accept("progress 1048576 10000");
 * p.finish();
 * }</pre>
 */
final class ProgressLines {

    private static final String PREFIX = "progress ";

    private final ProgressBar bar;
    private final PrintWriter err;
    private boolean drawing;

    ProgressLines(ProgressBar bar, PrintWriter err) {
        this.bar = bar;
        this.err = err;
    }

    void accept(String line) {
        String[] parts = line.startsWith(PREFIX) ? line.split(" ") : new String[0];
        if (parts.length == 3 && isNumber(parts[1])) {
            bar.update(Long.parseLong(parts[1]));
            drawing = true;
            return;
        }
        finish();
        err.println(line);
        err.flush();
    }

    /** Ends the bar's line, so that what is printed next starts on a line of its own. */
    void finish() {
        if (drawing) {
            bar.finish();
            drawing = false;
        }
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit) && s.length() < 19;
    }
}
