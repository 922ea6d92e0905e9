/**
 * Familias {@code .fam} files: reading them as written, converting them to kinship types, writing
 * them. The format and the conventions are documented in docs/familias.md.
 *
 * <p>{@code FamiliasCase c = FamiliasCase.read(Path.of("paternity.fam"));}
 *
 * <p>Main types: {@link org.homecoming.kinship.io.familias.FamiliasReader} gives a {@link
 * org.homecoming.kinship.io.familias.FamiliasFile} (persons, {@link
 * org.homecoming.kinship.io.familias.FamiliasPedigree}s, the {@link
 * org.homecoming.kinship.io.familias.FamiliasDatabase} of {@link
 * org.homecoming.kinship.io.familias.FamiliasLocus} entries, the {@link
 * org.homecoming.kinship.io.familias.FamiliasDvi} section); {@link
 * org.homecoming.kinship.io.familias.FamiliasCase} holds the hypotheses, genotype table, loci and
 * options, with a {@link org.homecoming.kinship.io.familias.FamiliasDviCase} of {@link
 * org.homecoming.kinship.io.familias.FamiliasReferenceFamily} entries for DVI files; {@link
 * org.homecoming.kinship.io.familias.XLinkedLoci} decides which loci are X-linked; {@link
 * org.homecoming.kinship.io.familias.FamiliasWriter} writes a case back.
 */
package org.homecoming.kinship.io.familias;
