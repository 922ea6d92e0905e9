package org.homecoming.kinship.search;

/**
 * What a comparison needs from one family at one marker: the ratios {@code r(g) = P(MP = g | refs) /
 * P_pop(g)} in one of three exact forms (see {@link MarkerCompiler} for the layouts), and whether
 * each kind of call would be possible without mutation.
 *
 * @param kind {@link #NONE} (r = 1 everywhere), {@link #STRUCTURED} or {@link #DENSE}
 * @param hasData at least one reference is typed at this marker (the marker counts as compared)
 * @param mask the explicit alleles of a structured form, one bit per allele index
 * @param k the number of explicit alleles
 * @param values the ratios and coefficients
 * @param compatible per value slot: the call it stands for is possible without mutation
 */
record CompiledMarker(byte kind, boolean hasData, long[] mask, int k, double[] values, boolean[] compatible) {

    static final byte NONE = 0;
    static final byte STRUCTURED = 1;
    static final byte DENSE = 2;

    static CompiledMarker none(int words) {
        return new CompiledMarker(NONE, false, new long[words], 0, new double[0], new boolean[0]);
    }

    /** Heap bytes of this marker inside a {@link FamilyBlock} (values, bits and per-marker fields). */
    long bytes() {
        return 8L * values.length + (compatible.length + 7) / 8 + 8L * mask.length + 6;
    }
}
