/**
 * Pedigrees: who descends from whom, with no genotypes and no probabilities.
 *
 * <ul>
 *   <li>{@link org.homecoming.kinship.pedigree.Pedigree} — an immutable, validated family tree of
 *       persons identified by string ids, with queries (founders, children, components, loops).
 *   <li>{@link org.homecoming.kinship.pedigree.Sex} — male, female or unknown.
 * </ul>
 */
package org.homecoming.kinship.pedigree;
