package org.homecoming.server.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the records give them: a year, a year and month, or a full date ({@code 1968},
 * {@code 1968-03}, {@code 1968-03-14}), years 1850 to 2100.
 *
 * <pre>{@code
 * PartialDate.year("1968-03"); // 1968
 * PartialDate.problem("1968-13"); // "not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1968-13'"
 * }</pre>
 */
public final class PartialDate {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private PartialDate() {
    }

    /** Null when {@code s} is a valid partial date (or null), else the problem in words. */
    public static String problem(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = FORM.matcher(s);
        String bad = "not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + s + "'";
        if (!m.matches()) {
            return bad;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1850 || year > 2100) {
            return "year must be in [1850, 2100]: '" + s + "'";
        }
        try {
            if (m.group(3) != null) {
                LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if (m.group(2) != null) {
                LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
            }
        } catch (DateTimeException e) {
            return bad;
        }
        return null;
    }

    /** The year of a valid partial date; null for null. */
    public static Integer year(String s) {
        if (s == null) {
            return null;
        }
        String p = problem(s);
        if (p != null) {
            throw new IllegalArgumentException(p);
        }
        return Integer.parseInt(s.substring(0, 4));
    }

    /** Whether {@code a} certainly comes after {@code b}, comparing only the precision both have. */
    public static boolean after(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).compareTo(b.substring(0, n)) > 0;
    }
}
