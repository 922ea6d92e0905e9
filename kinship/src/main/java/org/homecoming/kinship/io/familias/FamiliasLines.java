package org.homecoming.kinship.io.familias;

import java.util.List;
import org.homecoming.kinship.io.InputFormatException;

/**
 * A cursor over the lines of a {@code .fam} file that reads one typed value a line and reports what it
 * expected and found, at which line, when the value is not there.
 */
final class FamiliasLines {

    private final String file;
    private final List<String> lines;
    private int next;

    FamiliasLines(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    String file() {
        return file;
    }

    /** The 1-based number of the line read last. */
    int line() {
        return next;
    }

    boolean hasNext() {
        return next < lines.size();
    }

    String peek() {
        return hasNext() ? lines.get(next).strip() : "";
    }

    /** The next line, stripped of surrounding white space. */
    String next(String expected) {
        if (!hasNext()) {
            next = lines.size() + 1;
            throw new InputFormatException(file, lines.size(), "unexpected end of file, expected " + expected);
        }
        return lines.get(next++).strip();
    }

    /** The next line without its surrounding double quotes, which Familias puts around every text. */
    String text(String expected) {
        String s = next(expected);
        if (s.length() < 2 || !s.startsWith("\"") || !s.endsWith("\"")) {
            throw error("expected " + expected + " in double quotes, found '" + s + "'");
        }
        return s.substring(1, s.length() - 1);
    }

    int integer(String expected) {
        String s = next(expected);
        return parseInt(s, expected);
    }

    /** A count: an integer that must not be negative. */
    int count(String expected) {
        int n = integer(expected);
        if (n < 0) {
            throw error("expected " + expected + ", found the negative number " + n);
        }
        return n;
    }

    /**
     * A count of at most {@code max}, so that a huge number in a file is an error, not an allocation that
     * exhausts memory.
     */
    int countAtMost(String expected, int max) {
        int n = count(expected);
        if (n > max) {
            throw error("expected " + expected + ", at most " + max + ", found " + n);
        }
        return n;
    }

    /** A count of things that take at least one line each, so at most the lines left after it. */
    int countOfLines(String expected) {
        int n = count(expected);
        if (n > remaining()) {
            throw error("expected " + expected + ", at most " + remaining() + " (the lines left), found " + n);
        }
        return n;
    }

    /** How many lines are left to read. */
    int remaining() {
        return lines.size() - next;
    }

    double number(String expected) {
        return parseNumber(next(expected), expected);
    }

    boolean flag(String expected) {
        String s = next(expected);
        if (s.equals("#TRUE#")) {
            return true;
        }
        if (s.equals("#FALSE#")) {
            return false;
        }
        throw error("expected " + expected + " (#TRUE# or #FALSE#), found '" + s + "'");
    }

    void literal(String text) {
        String s = next("\"" + text + "\"");
        if (!s.equals("\"" + text + "\"")) {
            throw error("expected \"" + text + "\", found '" + s + "'");
        }
    }

    int parseInt(String s, String expected) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw error("expected " + expected + ", found '" + s + "'");
        }
    }

    /**
     * A decimal number; a comma is accepted as the decimal mark because Familias writes numbers in
     * the format of the Windows locale it ran under.
     */
    double parseNumber(String s, String expected) {
        String t = s.strip();
        if (t.matches("-?\\d+,\\d*([eE][-+]?\\d+)?")) {
            t = t.replace(',', '.');
        }
        try {
            if (!t.isEmpty() && Character.isLetter(t.charAt(t.length() - 1))) {
                throw new NumberFormatException(t);
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error("expected " + expected + ", found '" + s + "'");
        }
    }

    /** An error at the line read last. */
    InputFormatException error(String problem) {
        return new InputFormatException(file, Math.max(next, 1), problem);
    }

    InputFormatException errorAt(int line, String problem) {
        return new InputFormatException(file, line, problem);
    }
}
