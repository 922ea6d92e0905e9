package org.homecoming.kinship.lineage;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntUnaryOperator;
import org.homecoming.kinship.pedigree.Pedigree;
import org.homecoming.kinship.pedigree.Sex;

/**
 * Whether two persons of a pedigree share a lineage, and over how many meioses: which references a
 * Y-STR or mtDNA comparison with the missing person is evidence about.
 *
 * <p>{@code LineageRelation.paternal(Pedigree.nuclear("FA", "MO", "S1", "S2"), "S1", "S2")} is 2
 * (S1 ← FA → S2); {@code LineageRelation.maternal(p, "MO", "S1")} is 1.
 *
 * <p>Two persons share the paternal line when following fathers upwards from each reaches a common
 * person, and both are male (only men carry a Y); they share the maternal line when following
 * mothers reaches a common person (mtDNA passes to sons and daughters alike). The count is the
 * number of transmissions along the two chains to that person, the opportunities for mutation.
 */
public final class LineageRelation {

    private LineageRelation() {
    }

    /** Father-to-son transmissions between two men on one paternal line; empty otherwise. */
    public static OptionalInt paternal(Pedigree pedigree, String a, String b) {
        int i = require(pedigree, a);
        int j = require(pedigree, b);
        if (pedigree.sex(i) != Sex.MALE || pedigree.sex(j) != Sex.MALE) {
            return OptionalInt.empty();
        }
        return meioses(i, j, pedigree::father);
    }

    /** Mother-to-child transmissions between two persons on one maternal line; empty otherwise. */
    public static OptionalInt maternal(Pedigree pedigree, String a, String b) {
        return meioses(require(pedigree, a), require(pedigree, b), pedigree::mother);
    }

    private static OptionalInt meioses(int a, int b, IntUnaryOperator parent) {
        Map<Integer, Integer> depthFromA = new HashMap<>();
        int depth = 0;
        for (int p = a; p >= 0; p = parent.applyAsInt(p)) {
            depthFromA.put(p, depth++);
        }
        depth = 0;
        for (int p = b; p >= 0; p = parent.applyAsInt(p)) {
            Integer fromA = depthFromA.get(p);
            if (fromA != null) {
                return OptionalInt.of(fromA + depth);
            }
            depth++;
        }
        return OptionalInt.empty();
    }

    private static int require(Pedigree pedigree, String id) {
        int i = pedigree.indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("person is not in the pedigree: " + id);
        }
        return i;
    }
}
