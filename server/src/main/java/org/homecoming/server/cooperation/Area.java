package org.homecoming.server.cooperation;

/**
 * The areas of the October 2025 memorandum on war-legacy cooperation, and the rest of defence cooperation.
 *
 * <pre>{@code
 * Area.valueOf("DIOXIN");
 * }</pre>
 */
public enum Area {
    ORDNANCE, DISABILITY, DIOXIN, VIETNAMESE_REMAINS, US_MIA, DEFENCE_COOPERATION
}
