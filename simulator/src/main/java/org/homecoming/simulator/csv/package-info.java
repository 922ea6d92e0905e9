/**
 * Writing a programme as the CSV files of docs/formats.md: {@link org.homecoming.simulator.csv.ProgrammeFiles}
 * (file names, headers, rows), {@link org.homecoming.simulator.csv.CsvWriter} (RFC 4180), {@link
 * org.homecoming.simulator.csv.CsvProgrammeSink} (streams records to a directory), {@link
 * org.homecoming.simulator.csv.FrequencyTableWriter} and {@link org.homecoming.simulator.csv.LineageReferenceWriter}.
 */
package org.homecoming.simulator.csv;
