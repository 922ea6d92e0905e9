package org.homecoming.simulator.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.homecoming.kinship.locus.FrequencyDatabase;
import org.homecoming.kinship.locus.LocusFrequencies;

/**
 * Writes a frequency database in the "list" format that {@code FrequencyTableReader} reads back.
 *
 * <p>{@code FrequencyTableWriter.write(db, db.locusNames(), writer)}
 */
public final class FrequencyTableWriter {

    private FrequencyTableWriter() {
    }

    /** Writes the source as a {@code #} comment, then the given loci in the given order. */
    public static void write(FrequencyDatabase db, List<String> loci, Writer out) {
        try {
            if (!db.source().isEmpty()) {
                out.write("# " + db.source().replace('\n', ' ') + "\n");
            }
            boolean first = true;
            for (String name : loci) {
                if (!first) {
                    out.write('\n');
                }
                first = false;
                LocusFrequencies l = db.locus(name);
                out.write(l.locus() + "\n");
                double[] f = l.frequencies();
                for (int i = 0; i < f.length; i++) {
                    out.write(l.alleles().get(i) + "\t" + format(f[i]) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(double f) {
        String s = String.format(Locale.ROOT, "%.10f", f);
        return s.replaceFirst("0+$", "").replaceFirst("\\.$", ".0");
    }
}
