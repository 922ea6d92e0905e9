package org.homecoming.server.landrelease.map;

/**
 * What the map shows: a province of today's 34 ({@code formerProvinces} false) or of the 63 before 1 July 2025
 * (true), a status, an organisation and a year; null means any. A filter that does not apply to a layer (the
 * year of a hazardous area, the status of a find) is ignored for it.
 *
 * <pre>{@code
 * new MapFilter("Quảng Bình", true, "OPEN", null, 2024);
 * }</pre>
 */
public record MapFilter(String province, boolean formerProvinces, String status, String organisation, Integer year) {

    public static final MapFilter ALL = new MapFilter(null, false, null, null, null);

    /** Today's province to match, or null. */
    String today() {
        return formerProvinces ? null : province;
    }

    /** The former province to match, or null. */
    String former() {
        return formerProvinces ? province : null;
    }

    java.time.LocalDate from() {
        return year == null ? null : java.time.LocalDate.of(year, 1, 1);
    }

    java.time.LocalDate to() {
        return year == null ? null : java.time.LocalDate.of(year, 12, 31);
    }
}
