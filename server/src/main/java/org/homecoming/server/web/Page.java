package org.homecoming.server.web;

import java.util.List;

/**
 * One page of a list answered by the API: the items, the total and where the page starts.
 *
 * <pre>{@code
 * new Page<>(List.of(a, b), 57, 0, 20); // {"items":[...],"total":57,"page":0,"size":20}
 * }</pre>
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    /** Largest page size the API answers. */
    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** Throws if {@code page} or {@code size} is out of range. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be in [1, " + MAX_SIZE + "]: " + size);
        }
    }
}
