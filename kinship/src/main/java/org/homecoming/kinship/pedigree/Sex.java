package org.homecoming.kinship.pedigree;

/**
 * The sex of a pedigree member, which decides parental roles and X-chromosome inheritance.
 *
 * <p>{@code Pedigree.builder().founder("FA", Sex.MALE)}
 *
 * <p>{@code UNKNOWN} persons may be neither a father nor a mother, and are treated as female at
 * X-linked markers (two X chromosomes), as pedprobr does for unknown sex.
 */
public enum Sex {
    MALE,
    FEMALE,
    UNKNOWN
}
