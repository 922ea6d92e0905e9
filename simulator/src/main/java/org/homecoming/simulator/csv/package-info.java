/**
 * Writing a programme as the CSV files of docs/formats.md: {@link org.homecoming.programme.ProgrammeRows}
 * (each record's row; the programme module also writes the CSV), {@link
 * org.homecoming.simulator.csv.CsvProgrammeSink} (streams records to a directory), {@link
 * org.homecoming.simulator.csv.FrequencyTableWriter} and {@link org.homecoming.simulator.csv.LineageReferenceWriter}.
 */
package org.homecoming.simulator.csv;
