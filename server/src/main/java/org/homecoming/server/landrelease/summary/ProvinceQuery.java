package org.homecoming.server.landrelease.summary;

import org.homecoming.server.geo.ProvinceMap;

/**
 * The {@code province=} of a summary request: every province, one of today's 34 (matched against a row's
 * province) or one of the 63 before 1 July 2025 (matched against the {@code province_old} of the row's
 * hazardous area). A name that is both, such as Quảng Trị, means today's province.
 *
 * <pre>{@code
 * ProvinceQuery q = ProvinceQuery.parse("quang binh", provinces);  // FORMER "Quang Binh"
 * q.matches(contribution, provinces);
 * }</pre>
 */
record ProvinceQuery(Kind kind, String name) {

    /** How the name is matched. */
    enum Kind { ALL, TODAY, FORMER }

    static final ProvinceQuery ALL = new ProvinceQuery(Kind.ALL, "");

    static ProvinceQuery parse(String province, ProvinceMap provinces) {
        if (province == null || province.isBlank()) {
            return ALL;
        }
        var today = provinces.today(province);
        if (today.isPresent()) {
            return new ProvinceQuery(Kind.TODAY, today.get());
        }
        if (provinces.current(province).isPresent()) {
            return new ProvinceQuery(Kind.FORMER, province.strip());
        }
        throw new IllegalArgumentException("province: unknown \"" + province + "\"");
    }

    boolean matches(Contribution c, ProvinceMap provinces) {
        return switch (kind) {
            case ALL -> true;
            case TODAY -> provinces.same(c.province(), name);
            case FORMER -> provinces.same(c.provinceOld(), name);
        };
    }
}
