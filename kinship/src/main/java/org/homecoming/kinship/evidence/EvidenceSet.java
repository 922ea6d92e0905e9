package org.homecoming.kinship.evidence;

/**
 * Which kinds of evidence enter a pair's combined LR; the autosomal LR always does.
 *
 * <p>{@code pair.lnLr(EvidenceSet.WITH_LINEAGE)} is ln(autosomal LR × lineage LR).
 */
public enum EvidenceSet {
    AUTOSOMAL("autosomal", false, false),
    WITH_LINEAGE("+lineage", true, false),
    WITH_CONTEXT("+context", false, true),
    ALL("all", true, true);

    private final String label;
    private final boolean lineage;
    private final boolean context;

    EvidenceSet(String label, boolean lineage, boolean context) {
        this.label = label;
        this.lineage = lineage;
        this.context = context;
    }

    /** The name shown in reports: {@code autosomal}, {@code +lineage}, {@code +context}, {@code all}. */
    public String label() {
        return label;
    }

    public boolean lineage() {
        return lineage;
    }

    public boolean context() {
        return context;
    }
}
