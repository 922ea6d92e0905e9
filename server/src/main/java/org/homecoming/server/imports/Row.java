package org.homecoming.server.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.homecoming.programme.PartialDate;

/**
 * One CSV record being checked: typed access to its fields by column name, each problem added to
 * the import's list as {@code FILE:LINE: FIELD: PROBLEM}. A getter returns null for an empty or
 * invalid field, so checking goes on and every problem of the file is reported at once.
 *
 * <pre>{@code
 * Integer year = row.integer("birth_year", false);
 * }</pre>
 */
final class Row {

    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern ALLELE = Pattern.compile("\\d{1,3}(\\.\\d)?");

    private final String file;
    private final long line;
    private final List<String> header;
    private final List<String> fields;
    private final List<ImportProblem> problems;

    Row(String file, long line, List<String> header, List<String> fields, List<ImportProblem> problems) {
        this.file = file;
        this.line = line;
        this.header = header;
        this.fields = fields;
        this.problems = problems;
    }

    long line() {
        return line;
    }

    void problem(String field, String text) {
        problems.add(new ImportProblem(file, line, field, text));
    }

    /** The NFC text of a column; null when empty, with a problem when required. */
    String text(String column, boolean required) {
        String v = fields.get(index(column));
        if (v.isEmpty()) {
            if (required) {
                problem(column, "required");
            }
            return null;
        }
        return Normalizer.isNormalized(v, Normalizer.Form.NFC) ? v : Normalizer.normalize(v, Normalizer.Form.NFC);
    }

    String identifier(String column, boolean required) {
        String v = text(column, required);
        if (v != null && !IDENTIFIER.matcher(v).matches()) {
            problem(column, "not an identifier ([A-Za-z0-9._-]{1,64}): '" + v + "'");
            return null;
        }
        return v;
    }

    String oneOf(String column, Set<String> allowed, boolean required) {
        String v = text(column, required);
        if (v != null && !allowed.contains(v)) {
            problem(column, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)) + ": '" + v + "'");
            return null;
        }
        return v;
    }

    String partialDate(String column) {
        String v = text(column, false);
        String p = PartialDate.problem(v);
        if (p != null) {
            problem(column, p);
            return null;
        }
        return v;
    }

    java.time.LocalDate fullDate(String column) {
        String v = text(column, false);
        if (v == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            problem(column, "not a full date (YYYY-MM-DD): '" + v + "'");
            return null;
        }
    }

    Integer integer(String column, boolean required, int min, int max) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                problem(column, "must be in [" + min + ", " + max + "]: " + v);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problem(column, "not an integer: '" + v + "'");
            return null;
        }
    }

    Double decimal(String column, boolean required, double min, double max) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max) || v.contains("e") || v.contains("E")) {
                problem(column, "must be a decimal in [" + min + ", " + max + "]: " + v);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            problem(column, "not a decimal number: '" + v + "'");
            return null;
        }
    }

    Boolean bool(String column) {
        String v = text(column, true);
        if (v == null) {
            return null;
        }
        if (!v.equals("true") && !v.equals("false")) {
            problem(column, "must be true or false: '" + v + "'");
            return null;
        }
        return Boolean.valueOf(v);
    }

    String allele(String column) {
        String v = text(column, true);
        if (v != null && !ALLELE.matcher(v).matches()) {
            problem(column, "not an allele label (integer or microvariant like 9.3): '" + v + "'");
            return null;
        }
        return v;
    }

    /** Whether the column holds anything, readable or not. */
    boolean given(String column) {
        return !fields.get(index(column)).isEmpty();
    }

    /** Both or neither of two coordinates; a precision required when given. */
    boolean pairedCoordinates(Double lat, Double lon, String latColumn, String lonColumn) {
        boolean latGiven = !fields.get(index(latColumn)).isEmpty();
        boolean lonGiven = !fields.get(index(lonColumn)).isEmpty();
        if (latGiven != lonGiven) {
            problem(latGiven ? lonColumn : latColumn, "both or neither of " + latColumn + ", " + lonColumn);
            return false;
        }
        return lat != null && lon != null;
    }

    private int index(String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new IllegalStateException("no column " + column + " in " + header);
        }
        return i;
    }
}
