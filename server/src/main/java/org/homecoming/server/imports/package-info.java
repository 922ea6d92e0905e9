/**
 * CSV import of programme files (docs/formats.md): every problem listed as
 * {@code file:line: field: problem} before anything is written; all or nothing.
 *
 * <p>Main types: {@link org.homecoming.server.imports.ImportService} ({@code preview}, {@code commit}),
 * {@link org.homecoming.server.imports.ImportPreview}, {@link org.homecoming.server.imports.ImportProblem},
 * {@link org.homecoming.server.imports.LineageReferenceReader} (population sets of lineage haplotypes).
 *
 * <pre>{@code
 * ImportPreview p = imports.preview(Path.of("programme"));
 * }</pre>
 */
package org.homecoming.server.imports;
