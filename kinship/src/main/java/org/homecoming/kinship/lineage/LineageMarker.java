package org.homecoming.kinship.lineage;

/**
 * Which uniparental marker system a lineage result comes from.
 *
 * <p>{@code LineageMarker.Y_STR.inheritance()} is {@code "paternal"}.
 */
public enum LineageMarker {
    /** Y-chromosome STRs: passed from father to son unchanged but for mutation. */
    Y_STR("paternal"),
    /** Mitochondrial DNA: passed from a mother to all her children. */
    MTDNA("maternal");

    private final String inheritance;

    LineageMarker(String inheritance) {
        this.inheritance = inheritance;
    }

    public String inheritance() {
        return inheritance;
    }
}
