package org.homecoming.server.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads an enum value from request text with a message that names the field and the values allowed.
 *
 * <pre>{@code
 * Enums.parse(AreaStatus.class, "open", "status"); // OPEN
 * Enums.parse(AreaStatus.class, "gone", "status"); // IllegalArgumentException "status: gone is not one of OPEN, CLOSED, HANDED_OVER"
 * }</pre>
 */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": missing; one of " + names(type));
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + value + " is not one of " + names(type));
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
