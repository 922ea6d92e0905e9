package org.homecoming.kinship.search;

import org.homecoming.kinship.pedigree.Sex;

/** Sexes as one byte each in the flat arrays of a search: 0 unknown, 1 male, 2 female. */
final class Sexes {

    static final byte UNKNOWN = 0;

    private Sexes() {
    }

    static byte code(Sex s) {
        return switch (s) {
            case MALE -> 1;
            case FEMALE -> 2;
            default -> UNKNOWN;
        };
    }

    /** Sexes rule a pairing out when both are known and differ. */
    static boolean compatible(byte a, byte b) {
        return a == UNKNOWN || b == UNKNOWN || a == b;
    }
}
