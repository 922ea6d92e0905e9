package org.homecoming.server.landrelease.activity;

import org.homecoming.server.web.Enums;

/**
 * The system a team wrote a position in. The record always holds WGS 84 latitude and longitude; the original
 * text and its system are kept beside them so the field sheet can be checked. Labels: {@code find.system.X}.
 *
 * <pre>{@code
 * CoordinateSystem.parse("vn2000"); // VN2000
 * }</pre>
 */
public enum CoordinateSystem {
    WGS84, MGRS, VN2000, UTM;

    public static CoordinateSystem parse(String value) {
        return Enums.parse(CoordinateSystem.class, value, "originalSystem");
    }
}
