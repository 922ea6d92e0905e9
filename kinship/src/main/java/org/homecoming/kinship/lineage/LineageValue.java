package org.homecoming.kinship.lineage;

/**
 * The one reading of a {@code value} of {@code lineage.csv} and {@code lineage_reference.csv}
 * (docs/formats.md), shared by the engine and the server's import so that both accept and refuse
 * the same rows.
 *
 * <pre>{@code
 * YHaplotype y = LineageValue.y("DYS19=14;DYS389I=13");
 * MitoProfile m = LineageValue.mito("16024-576:16304C 16519C 73G 195Y");
 * }</pre>
 *
 * <p>Y-STR values are {@link YHaplotype#parse}; mtDNA values are {@code RANGES:VARIANTS} read by
 * {@link MitoProfile#parse}: IUPAC two-base codes (point heteroplasmy) are accepted, {@code N} is
 * refused (an unread base is left out of the typed ranges instead). Bad values throw
 * {@link IllegalArgumentException} with the problem.
 */
public final class LineageValue {

    private LineageValue() {
    }

    /** Checks {@code value} as a haplotype of {@code markerType} ({@code YSTR} or {@code MTDNA}). */
    public static void check(String markerType, String value) {
        switch (markerType) {
            case "YSTR" -> y(value);
            case "MTDNA" -> mito(value);
            default -> throw new IllegalArgumentException("expected YSTR or MTDNA: '" + markerType + "'");
        }
    }

    public static YHaplotype y(String value) {
        return YHaplotype.parse(value);
    }

    public static MitoProfile mito(String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("mtDNA value needs 'RANGES:VARIANTS': '" + value + "'");
        }
        return MitoProfile.parse(value.substring(0, colon), value.substring(colon + 1));
    }
}
