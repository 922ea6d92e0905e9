package org.homecoming.kinship.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.LocusFrequencies;

/**
 * Reads allele frequency tables in the "list" format: a locus line, then one {@code
 * allele<TAB>frequency} line per allele, a blank line between loci. Lines starting with {@code #}
 * are comments; the first comment is kept as the table's source.
 *
 * <p>{@code FrequencyDatabase db = FrequencyTableReader.read(Path.of("east-asia.txt"));}
 */
public final class FrequencyTableReader {

    private FrequencyTableReader() {
    }

    public static FrequencyDatabase read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString(), path.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a table from a stream; {@code fileName} is used in error messages. */
    public static FrequencyDatabase read(InputStream in, String fileName, String databaseName) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(r, fileName, databaseName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    private static FrequencyDatabase parse(BufferedReader r, String file, String name) throws IOException {
        List<LocusFrequencies> loci = new ArrayList<>();
        String source = "";
        String locus = null;
        int locusLine = 0;
        List<String> alleles = new ArrayList<>();
        List<Double> freqs = new ArrayList<>();
        String raw;
        int n = 0;
        while ((raw = r.readLine()) != null) {
            n++;
            String line = n == 1 ? raw.replace("\uFEFF", "").strip() : raw.strip();
            if (line.startsWith("#")) {
                if (source.isEmpty()) {
                    source = line.substring(1).strip();
                }
                continue;
            }
            if (line.isEmpty()) {
                if (locus != null) {
                    loci.add(build(file, locusLine, locus, alleles, freqs));
                    locus = null;
                }
                continue;
            }
            // Locus names may contain spaces ("Penta E"); allele lines are TAB separated.
            String[] fields = line.contains("\t") ? line.split("\t+") : new String[] {line};
            if (locus == null) {
                if (fields.length != 1) {
                    throw new InputFormatException(file, n, "expected a locus name, found '" + line + "'");
                }
                locus = fields[0];
                locusLine = n;
                alleles = new ArrayList<>();
                freqs = new ArrayList<>();
                continue;
            }
            if (fields.length == 1) {
                fields = line.split(" +");
            }
            if (fields.length != 2) {
                throw new InputFormatException(file, n, "locus " + locus
                        + ": expected 'allele<TAB>frequency', found '" + line + "'");
            }
            fields[0] = fields[0].strip();
            fields[1] = fields[1].strip();
            double f;
            try {
                f = Double.parseDouble(fields[1]);
            } catch (NumberFormatException e) {
                throw new InputFormatException(file, n, "locus " + locus + ", allele " + fields[0]
                        + ": frequency is not a number: '" + fields[1] + "'");
            }
            if (!(f > 0 && f <= 1)) {
                throw new InputFormatException(file, n, "locus " + locus + ", allele " + fields[0]
                        + ": frequency must be in (0, 1]: " + fields[1]);
            }
            if (alleles.contains(fields[0])) {
                throw new InputFormatException(file, n, "locus " + locus + ": allele " + fields[0] + " listed twice");
            }
            alleles.add(fields[0]);
            freqs.add(f);
        }
        if (locus != null) {
            loci.add(build(file, locusLine, locus, alleles, freqs));
        }
        if (loci.isEmpty()) {
            throw new InputFormatException(file, 0, "no loci found");
        }
        List<String> names = new ArrayList<>();
        for (LocusFrequencies l : loci) {
            if (names.contains(l.locus())) {
                throw new InputFormatException(file, 0, "locus " + l.locus() + " appears twice");
            }
            names.add(l.locus());
        }
        return new FrequencyDatabase(name, source, loci);
    }

    private static LocusFrequencies build(String file, int line, String locus, List<String> alleles, List<Double> freqs) {
        if (alleles.isEmpty()) {
            throw new InputFormatException(file, line, "locus " + locus + " has no alleles");
        }
        return new LocusFrequencies(locus, alleles, freqs.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
