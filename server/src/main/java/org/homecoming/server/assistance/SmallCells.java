package org.homecoming.server.assistance;

import java.util.List;

/**
 * Which cells of a table of counts to hide so that no small group of people can be singled out: every count from 1
 * to 4 (primary suppression), and — when exactly one cell of a block is hidden, so that the block's total would give
 * it away — the smallest other non-zero count too (complementary suppression). Zero stays shown: it names no one.
 *
 * <pre>{@code
 * SmallCells.hidden(List.of(12, 3, 40, 0)); // [true, true, false, false]
 * }</pre>
 */
public final class SmallCells {

    /** Counts below this are suppressed. */
    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    public static boolean[] hidden(List<Integer> counts) {
        boolean[] hide = new boolean[counts.size()];
        int hiddenCells = 0;
        for (int i = 0; i < hide.length; i++) {
            int c = counts.get(i);
            if (c < 0) {
                throw new IllegalArgumentException("count must not be negative: " + c);
            }
            hide[i] = c > 0 && c < THRESHOLD;
            hiddenCells += hide[i] ? 1 : 0;
        }
        if (hiddenCells == 1) {
            int smallest = -1;
            for (int i = 0; i < hide.length; i++) {
                if (!hide[i] && counts.get(i) > 0 && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hide[smallest] = true;
            }
        }
        return hide;
    }
}
