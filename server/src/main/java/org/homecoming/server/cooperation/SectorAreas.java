package org.homecoming.server.cooperation;

/**
 * The memorandum's area an activity of another side's IATI file most likely belongs to, by its DAC 5 sector: 15250
 * (removal of land mines and explosive remnants of war) is ordnance, 41010 and 41030 (environmental policy,
 * biodiversity) dioxin, 16010 (social protection) and 12220 (basic health care) disability; anything else is left
 * without an area, for the liaison office to set.
 *
 * <pre>{@code
 * SectorAreas.of("15250"); // ORDNANCE
 * }</pre>
 */
final class SectorAreas {

    private SectorAreas() {
    }

    static Area of(String sector) {
        if (sector == null) {
            return null;
        }
        return switch (sector) {
            case "15250" -> Area.ORDNANCE;
            case "41010", "41030" -> Area.DIOXIN;
            case "16010", "12220" -> Area.DISABILITY;
            default -> null;
        };
    }
}
