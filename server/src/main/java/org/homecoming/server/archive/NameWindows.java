package org.homecoming.server.archive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the word runs of a passage that may be personal names: two to four consecutive capitalised
 * words ("Nguyễn Văn Thành", "NGUYEN VAN THANH", "John A. Smith"), and every shorter run inside a
 * longer one, so "Martyr Nguyen Van Thanh" also offers "Nguyen Van Thanh".
 *
 * <pre>{@code
 * NameWindows.in("1. Liệt sĩ Nguyễn Văn Thành, sinh năm 1948"); // ["Nguyễn Văn Thành", "Nguyễn Văn", "Văn Thành"]
 * }</pre>
 */
final class NameWindows {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*\\.?");
    private static final int MAX = 4;

    private NameWindows() {
    }

    static List<String> in(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> run : runs(text)) {
            for (int len = Math.min(MAX, run.size()); len >= 2; len--) {
                for (int i = 0; i + len <= run.size(); i++) {
                    out.add(String.join(" ", run.subList(i, i + len)));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Maximal runs of capitalised words separated only by spaces; a word ending a sentence ends its run. */
    private static List<List<String>> runs(String text) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int end = 0;
        boolean closed = false;
        while (m.find()) {
            String w = m.group();
            boolean upper = Character.isUpperCase(w.codePointAt(0));
            boolean continues = !run.isEmpty() && !closed && text.substring(end, m.start()).isBlank();
            if (!upper || !continues) {
                flush(runs, run);
            }
            if (upper) {
                boolean initial = w.length() == 2 && w.endsWith(".");
                closed = w.endsWith(".") && !initial;
                run.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
            }
            end = m.end();
        }
        flush(runs, run);
        return runs;
    }

    private static void flush(List<List<String>> runs, List<String> run) {
        if (run.size() >= 2) {
            runs.add(List.copyOf(run));
        }
        run.clear();
    }
}
