package org.homecoming.server.search;

import java.util.Set;

/**
 * One search of the missing-persons index: free text plus exact filters, year ranges and a page.
 *
 * <pre>{@code
 * PersonQuery q = PersonQuery.text("nguyen van thanh 1948 nam dinh").withSide("VN").withLimit(20);
 * }</pre>
 *
 * <p>Null filters do not restrict. {@code visibleSides} empty means every side is visible; when not
 * empty only those sides are returned. Year ranges are inclusive and may be open on either end.
 * {@code offset} must be at least 0 and {@code limit} in [1, 1000].
 */
public record PersonQuery(String text, String side, String status, String province, String unit,
        Integer birthYearFrom, Integer birthYearTo, Integer lossYearFrom, Integer lossYearTo,
        Set<String> visibleSides, int offset, int limit) {

    /** Largest page a single query may ask for. */
    public static final int MAX_LIMIT = 1000;
    /** Page size of {@link #text(String)}. */
    public static final int DEFAULT_LIMIT = 20;

    public PersonQuery {
        text = text == null ? "" : text;
        visibleSides = visibleSides == null ? Set.of() : Set.copyOf(visibleSides);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in [1, " + MAX_LIMIT + "]: " + limit);
        }
        checkRange("birth year", birthYearFrom, birthYearTo);
        checkRange("loss year", lossYearFrom, lossYearTo);
    }

    private static void checkRange(String what, Integer from, Integer to) {
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException(what + " range is empty: " + from + " > " + to);
        }
    }

    /** A query with free text only, first page of {@link #DEFAULT_LIMIT} hits. */
    public static PersonQuery text(String q) {
        return new PersonQuery(q, null, null, null, null, null, null, null, null, Set.of(), 0, DEFAULT_LIMIT);
    }

    /** A query matching every person (no text), first page. */
    public static PersonQuery all() {
        return text("");
    }

    public PersonQuery withText(String value) {
        return new PersonQuery(value, side, status, province, unit, birthYearFrom, birthYearTo,
                lossYearFrom, lossYearTo, visibleSides, offset, limit);
    }

    public PersonQuery withSide(String value) {
        return new PersonQuery(text, value, status, province, unit, birthYearFrom, birthYearTo,
                lossYearFrom, lossYearTo, visibleSides, offset, limit);
    }

    public PersonQuery withStatus(String value) {
        return new PersonQuery(text, side, value, province, unit, birthYearFrom, birthYearTo,
                lossYearFrom, lossYearTo, visibleSides, offset, limit);
    }

    public PersonQuery withProvince(String value) {
        return new PersonQuery(text, side, status, value, unit, birthYearFrom, birthYearTo,
                lossYearFrom, lossYearTo, visibleSides, offset, limit);
    }

    public PersonQuery withUnit(String value) {
        return new PersonQuery(text, side, status, province, value, birthYearFrom, birthYearTo,
                lossYearFrom, lossYearTo, visibleSides, offset, limit);
    }

    /** Inclusive birth-year range; either end may be null (open). */
    public PersonQuery withBirthYears(Integer from, Integer to) {
        return new PersonQuery(text, side, status, province, unit, from, to,
                lossYearFrom, lossYearTo, visibleSides, offset, limit);
    }

    /** Inclusive year-of-loss range; either end may be null (open). */
    public PersonQuery withLossYears(Integer from, Integer to) {
        return new PersonQuery(text, side, status, province, unit, birthYearFrom, birthYearTo,
                from, to, visibleSides, offset, limit);
    }

    public PersonQuery withVisibleSides(Set<String> value) {
        return new PersonQuery(text, side, status, province, unit, birthYearFrom, birthYearTo,
                lossYearFrom, lossYearTo, value, offset, limit);
    }

    public PersonQuery withOffset(int value) {
        return new PersonQuery(text, side, status, province, unit, birthYearFrom, birthYearTo,
                lossYearFrom, lossYearTo, visibleSides, value, limit);
    }

    public PersonQuery withLimit(int value) {
        return new PersonQuery(text, side, status, province, unit, birthYearFrom, birthYearTo,
                lossYearFrom, lossYearTo, visibleSides, offset, value);
    }

    /** Same filters, page {@code offset}/{@code limit}. */
    public PersonQuery withPage(int newOffset, int newLimit) {
        return new PersonQuery(text, side, status, province, unit, birthYearFrom, birthYearTo,
                lossYearFrom, lossYearTo, visibleSides, newOffset, newLimit);
    }
}
