package org.homecoming.programme.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the rows of one CSV file of a programme (RFC 4180, printed by Apache Commons CSV): comma
 * separated, a field quoted when it must be, each row ended by {@code \n}.
 *
 * <p>{@code new CsvWriter(w).row(List.of("a", "b,c"))} writes {@code a,"b,c"} and a {@code \n}.
 */
public final class CsvWriter implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final CSVPrinter out;
    private long rows;

    public CsvWriter(Writer out) {
        try {
            this.out = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(List<String> fields) {
        try {
            out.printRecord(fields);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows written, the header included. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
