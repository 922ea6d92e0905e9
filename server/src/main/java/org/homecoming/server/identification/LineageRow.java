package org.homecoming.server.identification;

/**
 * A lineage comparison of the remains with one reference on the missing person's paternal (Y-STR)
 * or maternal (mtDNA) line: verdict, its LR (null when inconclusive), the meioses between the
 * reference and the missing person, and whether it is the one counted in the combined LR (the
 * closest reference of each marker type: references on one line are not independent).
 */
public record LineageRow(String marker, String memberRef, String relationship, int meioses, String conclusion, Double lr,
        String detail, boolean counted) {
}
