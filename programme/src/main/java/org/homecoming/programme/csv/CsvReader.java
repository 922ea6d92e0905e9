package org.homecoming.programme.csv;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the records of one CSV file of a programme (RFC 4180, parsed by Apache Commons CSV), each
 * with the physical line it starts on, so that a problem can be named {@code FILE:LINE: FIELD}.
 *
 * <pre>{@code
 * try (CsvReader csv = new CsvReader(reader)) {
 *     for (CsvReader.Line rec = csv.next(); rec != null; rec = csv.next()) { ... rec.number() ... }
 * }
 * }</pre>
 *
 * <p>A byte-order mark at the start is skipped; {@code \r\n}, {@code \n} and {@code \r} end a record;
 * a quoted field may span lines; text after a closing quote is kept (as spreadsheets write it); a
 * blank line is a record of one empty field. A quote left open at the end of the input is a
 * {@link CsvSyntaxException} naming the line where the record started. The header is the first
 * record, checked by the caller.
 */
public final class CsvReader implements AutoCloseable {

    /** One record: the physical line it starts on (1-based) and its fields. */
    public record Line(long number, List<String> fields) {

        public Line {
            fields = List.copyOf(fields);
        }
    }

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrailingData(true).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    public CsvReader(Reader in) throws IOException {
        this.parser = CSVParser.builder().setReader(withoutByteOrderMark(in)).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    /** The next record, or null at the end of the input. */
    public Line next() throws IOException {
        long start = parser.getCurrentLineNumber() + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            List<String> fields = new ArrayList<>(r.size());
            r.forEach(fields::add);
            return new Line(start, fields);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw new CsvSyntaxException(start, "quoted field not closed before end of file");
            }
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int first = r.read();
        if (first != -1 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }
}
