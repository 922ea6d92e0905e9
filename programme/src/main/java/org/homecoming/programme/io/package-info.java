/**
 * Reads a programme directory (the CSV files and {@code frequencies.txt} of {@code docs/formats.md})
 * into the engine's types, for the CLI's {@code match}; every bad line is an
 * {@link org.homecoming.kinship.io.InputFormatException} reading {@code FILE:LINE: FIELD: problem}.
 *
 * <p>Main types: {@link org.homecoming.programme.io.ProgrammeReader} (entry point for the DNA
 * search) and its result {@link org.homecoming.programme.io.Programme} (loci, families as
 * pedigrees with typed references, remains profiles,
 * {@link org.homecoming.programme.io.LineageProfile lineage haplotypes} and, for a simulated
 * programme, the {@link org.homecoming.programme.Truth truth});
 * {@link org.homecoming.programme.io.ContextReader} reads the non-DNA records into a
 * {@link org.homecoming.programme.io.ProgrammeContext} (places, sexes, ages, names, artifacts).
 *
 * <pre>{@code
 * Programme p = ProgrammeReader.read(dir, ProgrammeReader.Settings.defaults());
 * ProgrammeContext context = ContextReader.read(dir);
 * }</pre>
 */
package org.homecoming.programme.io;
