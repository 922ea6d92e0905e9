package org.homecoming.server.archive;

/**
 * Edit distance between two words (insertions, deletions, substitutions and swaps of neighbours),
 * counted only up to a limit.
 *
 * <pre>{@code
 * Edits.distance("thanh", "thahn", 2); // 1 (a swap)
 * Edits.distance("thanh", "minh", 2);  // 2 (the limit: at least 2)
 * }</pre>
 */
final class Edits {

    private Edits() {
    }

    /** The optimal-string-alignment distance, or {@code limit} if it is at least that. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(d[a.length()][b.length()], limit);
    }
}
