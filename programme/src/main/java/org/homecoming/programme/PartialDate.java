package org.homecoming.programme;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date that may be known only to the year or the month, as old records give them
 * ({@code 1968}, {@code 1968-03}, {@code 1968-03-14}), years 1850 to 2100: written by the simulator,
 * checked by the import, stored and shown by the server as its text.
 *
 * <pre>{@code
 * PartialDate.parse("1968-03").toString(); // "1968-03"
 * PartialDate.year("1968-03");             // 1968
 * PartialDate.problem("1968-13");          // "not a date (YYYY, YYYY-MM or YYYY-MM-DD): '1968-13'"
 * }</pre>
 *
 * <p>{@code month} and {@code day} are 0 when unknown; a day without a month is not allowed.
 */
public record PartialDate(int year, int month, int day) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1850 || year > 2100) {
            throw new IllegalArgumentException("year must be in [1850, 2100]: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be in [1, 12] or 0 for unknown: " + month);
        }
        if (day != 0 && (month == 0 || day < 0 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("day is not valid in " + year + "-" + month + ": " + day);
        }
    }

    public static PartialDate of(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; a bad text throws with {@link #problem}'s words. */
    public static PartialDate parse(String text) {
        String p = problem(text == null ? "" : text);
        if (p != null) {
            throw new IllegalArgumentException(p);
        }
        Matcher m = FORM.matcher(text);
        m.matches();
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new PartialDate(Integer.parseInt(m.group(1)), month, day);
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
        return parse(s).year();
    }

    /** Whether {@code a} certainly comes after {@code b}, comparing only the precision both have. */
    public static boolean after(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).compareTo(b.substring(0, n)) > 0;
    }

    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
