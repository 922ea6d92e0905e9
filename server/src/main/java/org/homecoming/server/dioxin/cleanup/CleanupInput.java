package org.homecoming.server.dioxin.cleanup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The fields of a cleanup record as sent (a form or a JSON object, both as text), read into values with every
 * problem naming its field: {@code volumeM3: must be a number > 0: -5}.
 *
 * <pre>{@code
 * CleanupInput in = new CleanupInput(Map.of("volumeM3", "1200", "excavatedOn", "2020-03-02"));
 * in.positive("volumeM3"); // 1200.0
 * }</pre>
 */
record CleanupInput(Map<String, String> fields) {

    String text(String field) {
        String v = fields.get(field);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(field + ": must be given");
        }
        if (v.length() > 100) {
            throw new IllegalArgumentException(field + ": at most 100 characters");
        }
        return java.text.Normalizer.normalize(v.strip(), java.text.Normalizer.Form.NFC);
    }

    String optionalText(String field) {
        String v = fields.get(field);
        return v == null || v.isBlank() ? null : text(field);
    }

    double positive(String field) {
        double d = number(field);
        if (!(d > 0)) {
            throw new IllegalArgumentException(field + ": must be a number > 0: " + fields.get(field));
        }
        return d;
    }

    double nonNegative(String field) {
        double d = number(field);
        if (!(d >= 0)) {
            throw new IllegalArgumentException(field + ": must be a number >= 0: " + fields.get(field));
        }
        return d;
    }

    Double optionalNonNegative(String field) {
        String v = fields.get(field);
        return v == null || v.isBlank() ? null : nonNegative(field);
    }

    LocalDate date(String field) {
        String v = text(field);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": not a date (YYYY-MM-DD): " + v, e);
        }
    }

    LocalDate optionalDate(String field) {
        String v = fields.get(field);
        return v == null || v.isBlank() ? null : date(field);
    }

    private double number(String field) {
        String v = text(field);
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException(v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": not a number: " + v, e);
        }
    }
}
