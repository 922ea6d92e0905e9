package org.homecoming.server.dioxin;

import java.util.Locale;

/**
 * What a sample is of. Blood and breast milk are exposure samples: personal health data.
 *
 * <pre>{@code
 * Matrix.parse("breast_milk").exposure(); // true
 * }</pre>
 */
public enum Matrix {
    SOIL, SEDIMENT, WATER, BIOTA, BLOOD, BREAST_MILK;

    public boolean exposure() {
        return this == BLOOD || this == BREAST_MILK;
    }

    public static Matrix parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("matrix: " + value + " is not one of SOIL, SEDIMENT, WATER, BIOTA, BLOOD,"
                    + " BREAST_MILK");
        }
    }
}
