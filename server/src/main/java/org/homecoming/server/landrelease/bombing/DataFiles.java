package org.homecoming.server.landrelease.bombing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the small reference tables of this package ({@code landrelease/*.csv}: {@code #} starts a comment,
 * no header), which keep figures and their sources as data rather than code.
 *
 * <pre>{@code
 * List<CSVRecord> rows = DataFiles.read("landrelease/weapon-class-weights.csv");
 * }</pre>
 */
final class DataFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#')
            .setIgnoreSurroundingSpaces(true).get();

    private DataFiles() {
    }

    static List<CSVRecord> read(String resource) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return FORMAT.parse(r).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
