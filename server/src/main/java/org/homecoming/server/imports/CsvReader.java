package org.homecoming.server.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time, remembering the physical line each record starts on
 * (a quoted field may span lines). A byte-order mark at the start is skipped; {@code \r\n} and
 * {@code \n} both end a record.
 *
 * <pre>{@code
 * CsvReader r = new CsvReader(reader);
 * for (List<String> rec = r.next(); rec != null; rec = r.next()) { long line = r.line(); ... }
 * }</pre>
 *
 * <p>A quote left open at the end of the file is reported as {@link IllegalArgumentException}
 * naming the line where the record started.
 */
final class CsvReader {

    private final BufferedReader in;
    private long nextLine = 1;
    private long line;
    private boolean first = true;

    CsvReader(Reader in) {
        this.in = new BufferedReader(in, 1 << 16);
    }

    /** The physical line the last record returned by {@link #next()} started on. */
    long line() {
        return line;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        int c = in.read();
        if (first && c == '\uFEFF') {
            c = in.read();
        }
        first = false;
        if (c == -1) {
            return null;
        }
        line = nextLine;
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (c == -1) {
                if (quoted) {
                    throw new IllegalArgumentException("line " + line + ": quoted field not closed before end of file");
                }
                fields.add(f.toString());
                return fields;
            }
            if (quoted) {
                if (c == '"') {
                    int d = in.read();
                    if (d == '"') {
                        f.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        nextLine++;
                    }
                    f.append((char) c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
                fieldStart = true;
                c = in.read();
                continue;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                nextLine++;
                fields.add(f.toString());
                return fields;
            } else {
                f.append((char) c);
            }
            fieldStart = false;
            c = in.read();
        }
    }
}
