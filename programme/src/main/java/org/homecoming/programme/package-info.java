/**
 * The programme's records as files (docs/formats.md), one module for the simulator, the CLI and the
 * server: {@link org.homecoming.programme.ProgrammeFile} (file names and column lists), one row type per
 * file ({@link org.homecoming.programme.MissingPersonRow}, {@link org.homecoming.programme.FamilyMemberRow},
 * {@link org.homecoming.programme.SiteRow}, {@link org.homecoming.programme.RemainsRow}, {@link
 * org.homecoming.programme.AlleleCall}, {@link org.homecoming.programme.LineageHaplotype}, {@link
 * org.homecoming.programme.Truth}) written by {@link org.homecoming.programme.ProgrammeRows}, and {@link
 * org.homecoming.programme.PartialDate}. Sub-packages: {@code csv} (the one CSV reader and writer),
 * {@code io} (a directory read for {@code match}), {@code search} (the one mapping to the engine).
 *
 * <pre>{@code
 * csvWriter.row(ProgrammeFile.REMAINS.columns());
 * csvWriter.row(ProgrammeRows.row(remains));
 * }</pre>
 */
package org.homecoming.programme;
