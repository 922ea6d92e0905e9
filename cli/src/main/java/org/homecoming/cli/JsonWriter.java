package org.homecoming.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes plain Java values as one line of JSON: maps (in their iteration order) as objects,
 * collections as arrays, strings, booleans, numbers and null.
 *
 * <p>{@code JsonWriter.write(Map.of("lr", 20.0))} gives {@code {"lr":20.0}}
 *
 * <p>Doubles are written with the fewest digits that read back to the same double, in the style of
 * {@code Double.toString} ({@code 0.1}, {@code 2.0}, {@code 1.5E-7}); NaN and infinities, which JSON
 * cannot hold, are written as {@code null}. Anything else is an {@link IllegalArgumentException}.
 */
final class JsonWriter {

    private JsonWriter() {
    }

    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof Double || v instanceof Float) {
            sb.append(number(((Number) v).doubleValue()));
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            object(sb, m);
        } else if (v instanceof Collection<?> c) {
            array(sb, c.iterator());
        } else {
            throw new IllegalArgumentException("value cannot be written as JSON: " + v.getClass().getName());
        }
    }

    private static void object(StringBuilder sb, Map<?, ?> m) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object key must be a string: " + e.getKey());
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(sb, key);
            sb.append(':');
            append(sb, e.getValue());
        }
        sb.append('}');
    }

    private static void array(StringBuilder sb, Iterator<?> it) {
        sb.append('[');
        while (it.hasNext()) {
            append(sb, it.next());
            if (it.hasNext()) {
                sb.append(',');
            }
        }
        sb.append(']');
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /**
     * The shortest decimal that reads back as {@code d}, formatted like {@code Double.toString}, or
     * {@code null} when {@code d} is not finite. Java 17's {@code Double.toString} sometimes prints a
     * digit too many, hence the search over precisions.
     */
    static String number(double d) {
        if (!Double.isFinite(d)) {
            return "null";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                shortest = r;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String sign = d < 0 ? "-" : "";
        if (exponent >= -3 && exponent < 7) {
            String plain = shortest.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
        return sign + mantissa + "E" + exponent;
    }
}
