package org.homecoming.server.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads the text and date fields of requests the one way: text stripped and stored in NFC, a limit
 * on length, dates as ISO days of Viet Nam; every refusal names the field.
 *
 * <pre>{@code
 * RequestFields.text(" Đội 2 ", "team", 200);        // "Đội 2"
 * RequestFields.date("2026-13-01", "foundOn");       // IllegalArgumentException "foundOn: not a date (YYYY-MM-DD): 2026-13-01"
 * }</pre>
 */
public final class RequestFields {

    /** Field dates are the days of Viet Nam, where the work is done. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private RequestFields() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The text in NFC, or null when blank. */
    public static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (v.length() > max) {
            throw new IllegalArgumentException(field + ": longer than " + max + " characters");
        }
        return v;
    }

    public static String requiredText(String value, String field, int max) {
        String v = text(value, field, max);
        if (v == null) {
            throw new IllegalArgumentException(field + ": required");
        }
        return v;
    }

    /** The date, or null when blank. */
    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": not a date (YYYY-MM-DD): " + value);
        }
    }

    /** A date that must be given and not lie in the future. */
    public static LocalDate pastDate(String value, String field) {
        LocalDate d = date(value, field);
        if (d == null) {
            throw new IllegalArgumentException(field + ": required (YYYY-MM-DD)");
        }
        if (d.isAfter(today())) {
            throw new IllegalArgumentException(field + ": " + d + " is in the future");
        }
        return d;
    }

    /** A count of people or items, 0 when absent. */
    public static int count(Integer value, String field) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > 1_000_000) {
            throw new IllegalArgumentException(field + ": between 0 and 1,000,000: " + value);
        }
        return value;
    }

    /** A number typed in either language's style (a comma or a point before the decimals); null when blank. */
    public static Double number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace(" ", "");
        if (v.indexOf(',') >= 0 && v.indexOf('.') < 0 && v.indexOf(',') == v.lastIndexOf(',')) {
            v = v.replace(',', '.');
        } else {
            v = v.replace(",", "");
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": not a number: " + value);
        }
    }

    public static Integer whole(String value, String field) {
        Double d = number(value, field);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d)) {
            throw new IllegalArgumentException(field + ": a whole number: " + value);
        }
        return d.intValue();
    }
}
