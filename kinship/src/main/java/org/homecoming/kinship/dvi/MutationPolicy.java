package org.homecoming.kinship.dvi;

/**
 * Which reference families keep their mutation models in the joint analysis.
 *
 * <pre>{@code
 * DviOptions.defaults().withMutations(MutationPolicy.KEEP);
 * }</pre>
 *
 * <p>The default, {@link #DISABLE_IN_CONSISTENT_FAMILIES}, is dvir's: a family whose references are
 * Mendel-consistent without mutation is analysed without it, so a victim who needs a mutation to fit
 * that family scores zero there; a family whose own references need a mutation keeps its model.
 * The pairwise LR matrix and the exclusion counts are not affected by this policy.
 */
public enum MutationPolicy {
    /** Every family keeps the mutation models of the loci. */
    KEEP,
    /** No family models mutation. */
    DISABLE,
    /** Families consistent without mutation drop it; the others keep it (dvir's default). */
    DISABLE_IN_CONSISTENT_FAMILIES
}
