package org.homecoming.simulator;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.homecoming.kinship.io.FrequencyTableReader;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.LocusFrequencies;

/**
 * Reads frequency tables for the simulator through {@link FrequencyTableReader}, keeping locus names that contain
 * a space ({@code Penta E}, {@code Penta D}).
 *
 * <p>{@code FrequencyTables.read(Path.of("nist1036-asian.txt")).locus("Penta E")}
 *
 * <p>The reader splits lines on any whitespace and so rejects those names; until it accepts them, a space inside
 * a locus line (a line without a tab) is passed as a no-break space and turned back afterwards. Line numbers in
 * error messages are unchanged.
 */
public final class FrequencyTables {

    private static final char HIDDEN_SPACE = '\u00A0';

    private FrequencyTables() {
    }

    public static FrequencyDatabase read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString(), path.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    public static FrequencyDatabase read(InputStream in, String fileName, String databaseName) {
        StringBuilder text = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                boolean locusLine = !s.isEmpty() && !s.startsWith("#") && line.indexOf('\t') < 0
                        && !s.matches("\\S+\\s+[-+]?[0-9.]+([eE][-+]?[0-9]+)?");
                text.append(locusLine ? s.replace(' ', HIDDEN_SPACE) : line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + ": " + e.getMessage(), e);
        }
        FrequencyDatabase db = FrequencyTableReader.read(
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), fileName, databaseName);
        List<LocusFrequencies> loci = new ArrayList<>();
        for (LocusFrequencies l : db.loci()) {
            loci.add(new LocusFrequencies(l.locus().replace(HIDDEN_SPACE, ' '), l.alleles(), l.frequencies()));
        }
        return new FrequencyDatabase(db.name(), db.source(), loci);
    }
}
