package org.homecoming.server.landrelease.bombing;

/**
 * Parses the numbers of one THOR row, recording the first that does not parse as {@link RejectionReason#BAD_NUMBER}.
 *
 * <pre>{@code
 * Numbers n = new Numbers(12, rejections);
 * Long delivered = n.count("NUMWEAPONSDELIVERED", "-1"); // null: missing
 * if (n.failed()) { ... }
 * }</pre>
 */
final class Numbers {

    private final long line;
    private final Rejections rejections;
    private boolean failed;

    Numbers(long line, Rejections rejections) {
        this.line = line;
        this.rejections = rejections;
    }

    boolean failed() {
        return failed;
    }

    /** A whole number such as a key; {@code 12.0} is read as 12. */
    Long whole(String field, String value) {
        if (failed) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(value);
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    return (long) d;
                }
            } catch (NumberFormatException notDecimal) {
                // Reported below with the field and value.
            }
            return fail(field, value);
        }
    }

    Double decimal(String field, String value) {
        if (failed) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            return Double.isFinite(d) ? d : fail(field, value);
        } catch (NumberFormatException e) {
            return fail(field, value);
        }
    }

    /** A count: empty and -1 are missing ({@code null}); other negatives are errors. */
    Long count(String field, String value) {
        if (failed || ThorRowReader.missing(value)) {
            return null;
        }
        Long n = whole(field, value);
        return n == null || n >= 0 ? n : fail(field, value);
    }

    private <T> T fail(String field, String value) {
        failed = true;
        rejections.reject(RejectionReason.BAD_NUMBER, line, field, value);
        return null;
    }
}
