package org.homecoming.kinship.search;

/** The dropout terms of the core's likelihood model that a homozygous call of the remains needs. */
final class DropoutModel {

    private DropoutModel() {
    }

    /**
     * {@code t = P(call a/a | true a/x) / P(call a/a | true a/a)} for per-allele dropout probability
     * {@code d}: with d(1−d) for losing x only and 1 − d² for keeping at least one copy of a, t = d / (1 + d).
     */
    static double homozygousRatio(double d) {
        return d / (1 + d);
    }
}
