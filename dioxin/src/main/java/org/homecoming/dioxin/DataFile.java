package org.homecoming.dioxin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A data file shipped with this module: ';'-separated, '#' comments (the first block names the source), a header.
 * Package-private; a fault here is a fault in our own files, hence {@link IllegalStateException}.
 */
record DataFile(String resource, String headerComment, List<CSVRecord> records) {

    /** Names contain commas and primes, so fields are split on ';' and nothing is quoted. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setQuote(null)
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .get();

    static DataFile read(String resource) {
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the jar: " + resource);
            }
            try (CSVParser p = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), FORMAT)) {
                return new DataFile(resource, p.getHeaderComment() == null ? "" : p.getHeaderComment(), p.getRecords());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    IllegalStateException fault(CSVRecord r, String problem) {
        return new IllegalStateException(resource + " record " + r.getRecordNumber() + ": " + problem);
    }
}
