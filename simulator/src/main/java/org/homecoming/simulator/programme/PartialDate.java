package org.homecoming.simulator.programme;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date that may be known only to the year or the month, as old records give them.
 *
 * <p>{@code PartialDate.parse("1968-03").toString()} is {@code "1968-03"}
 *
 * <p>{@code month} and {@code day} are 0 when unknown; a day without a month is not allowed.
 */
public record PartialDate(int year, int month, int day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1850 || year > 2100) {
            throw new IllegalArgumentException("year must be in [1850, 2100]: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be in [1, 12] or 0 for unknown: " + month);
        }
        if (day != 0 && (month == 0 || day < 0 || day > java.time.YearMonth.of(year, month).lengthOfMonth())) {
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

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public static PartialDate parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'");
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(2) != null && month == 0 || m.group(3) != null && day == 0) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'");
        }
        return new PartialDate(Integer.parseInt(m.group(1)), month, day);
    }

    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
