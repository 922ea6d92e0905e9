/**
 * The one CSV reader and writer of programme files, on Apache Commons CSV: {@link
 * org.homecoming.programme.csv.CsvReader} gives each record with the line it starts on (for {@code
 * FILE:LINE: FIELD: PROBLEM} messages), {@link org.homecoming.programme.csv.CsvWriter} writes rows.
 *
 * <pre>{@code
 * try (CsvReader csv = new CsvReader(reader)) { CsvReader.Line header = csv.next(); ... }
 * }</pre>
 */
package org.homecoming.programme.csv;
