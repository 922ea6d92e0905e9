package org.homecoming.server.landrelease.area;

import org.homecoming.server.web.Enums;

/**
 * The class of a hazardous area as land release grades it: an indication of contamination, a suspected (SHA)
 * or confirmed (CHA) hazardous area, or a spot task for explosive ordnance disposal. Labels: {@code area.class.X}.
 *
 * <pre>{@code
 * AreaClass.parse("cha"); // CHA
 * }</pre>
 */
public enum AreaClass {
    INDICATION, SHA, CHA, EOD_SPOT;

    /** The class named {@code value}, case-insensitive; the message lists the classes. */
    public static AreaClass parse(String value) {
        return Enums.parse(AreaClass.class, value, "class");
    }
}
