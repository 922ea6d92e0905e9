package org.homecoming.programme.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homecoming.kinship.search.Candidate;

/**
 * The autosomal columns of a search's CSV ({@code homecoming match}, the cluster job): one writer so
 * that the two engines' files can be compared line by line.
 */
public final class CandidateCsv {

    public static final String HEADER = "remains,family,missing,lr,log10_lr,loci,excluded";

    private CandidateCsv() {
    }

    /** The row of one reported pair, without a line end; numbers as Java prints doubles (round-trip exact). */
    public static String row(Candidate c) {
        return String.join(",", field(c.remains()), field(c.family()), field(c.missing()), Double.toString(c.lr()),
                Double.toString(c.log10Lr()), Integer.toString(c.loci()), Integer.toString(c.excluded()));
    }

    /**
     * Reads rows written by {@link #row} back (a cluster job's output); extra columns after the
     * autosomal ones are ignored. A bad row is named by file, line and field.
     */
    public static List<Candidate> read(Reader in, String name) {
        List<Candidate> out = new ArrayList<>();
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<String> header = p.getHeaderNames();
            if (header.size() < 7 || !String.join(",", header.subList(0, 7)).equals(HEADER)) {
                throw new IllegalArgumentException(name + ", line 1: the header must start " + HEADER + ": "
                        + String.join(",", header));
            }
            for (CSVRecord r : p) {
                long line = r.getParser().getCurrentLineNumber();
                out.add(new Candidate(r.get("remains"), r.get("family"), r.get("missing"), number(r, "lr", name, line),
                        number(r, "log10_lr", name, line), (int) number(r, "loci", name, line),
                        (int) number(r, "excluded", name, line), List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        } catch (IllegalStateException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static double number(CSVRecord r, String field, String name, long line) {
        try {
            return Double.parseDouble(r.get(field));
        } catch (IllegalArgumentException e) {
            // a number that does not parse, or a field the row lacks
            throw new IllegalArgumentException(name + ", line " + line + ", field " + field + ": not a number: '"
                    + (r.isSet(field) ? r.get(field) : "") + "'");
        }
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    public static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
