package org.homecoming.kinship.dvi;

/**
 * Which reference families keep their mutation models in the joint analysis and in the undisputed
 * search that feeds it.
 *
 * <pre>{@code
 * DviOptions.defaults().withMutations(MutationPolicy.DISABLE);   // faster, no mutation anywhere
 * }</pre>
 *
 * <p>The default, {@link #KEEP}, scores the joint assignments with the same models as the pairwise
 * matrix. {@link #DISABLE_IN_CONSISTENT_FAMILIES} is dvir's {@code jointDVI} default: a family whose
 * references are Mendel-consistent without mutation is analysed without it, so a victim who needs
 * one mutation to fit that family scores zero there even when its pairwise LR is 10^14. The pairwise
 * LR matrix and the exclusion counts are not affected by this policy.
 */
public enum MutationPolicy {
    /** Every family keeps the mutation models of the loci (the default). */
    KEEP,
    /** No family models mutation in the joint analysis (faster; {@code --no-mutations}). */
    DISABLE,
    /** Families consistent without mutation drop it; the others keep it (dvir's default). */
    DISABLE_IN_CONSISTENT_FAMILIES
}
