package org.homecoming.server.dioxin.web;

import java.util.Locale;

/**
 * A depth layer as the site page offers it, written {@code top-bottom} in metres ({@code 0-0.3}).
 *
 * <pre>{@code
 * DepthChoice.parse("0.3-0.6").holds(0.3, 0.6); // true
 * }</pre>
 */
public record DepthChoice(double top, double bottom) implements Comparable<DepthChoice> {

    public static DepthChoice parse(String s) {
        String[] p = s == null ? new String[0] : s.split("-");
        try {
            if (p.length == 2) {
                return new DepthChoice(Double.parseDouble(p[0]), Double.parseDouble(p[1]));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("layer: write it top-bottom in metres, e.g. 0-0.3: " + s, e);
        }
        throw new IllegalArgumentException("layer: write it top-bottom in metres, e.g. 0-0.3: " + s);
    }

    public String code() {
        return String.format(Locale.ROOT, "%s-%s", trim(top), trim(bottom));
    }

    boolean holds(Double sampleTop, Double sampleBottom) {
        return sampleTop != null && sampleBottom != null && sampleTop == top && sampleBottom == bottom;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    @Override
    public int compareTo(DepthChoice o) {
        int c = Double.compare(top, o.top);
        return c != 0 ? c : Double.compare(bottom, o.bottom);
    }
}
