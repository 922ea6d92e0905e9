package org.homecoming.programme.search;

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

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    public static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
