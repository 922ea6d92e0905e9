package org.homecoming.kinship.lineage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The revised Cambridge Reference Sequence (rCRS, GenBank NC_012920.1), against which mtDNA
 * profiles are written; loaded once from the bundled {@code rCRS.txt}.
 *
 * <p>{@code Rcrs.base(16223)} is {@code 'C'}.
 */
final class Rcrs {

    /** Length of the rCRS in bases: positions run 1..16569. */
    static final int LENGTH = 16569;

    private static final String SEQUENCE = load();

    private Rcrs() {
    }

    /** The rCRS base at a 1-based position; 'N' at the placeholder 3107. */
    static char base(int position) {
        if (position < 1 || position > LENGTH) {
            throw new IllegalArgumentException("mtDNA position must be in [1, " + LENGTH + "]: " + position);
        }
        return SEQUENCE.charAt(position - 1);
    }

    private static String load() {
        try (InputStream in = Rcrs.class.getResourceAsStream("rCRS.txt")) {
            if (in == null) {
                throw new IllegalStateException("rCRS.txt is missing from the kinship jar");
            }
            StringBuilder s = new StringBuilder(LENGTH);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    s.append(line.strip());
                }
            }
            if (s.length() != LENGTH) {
                throw new IllegalStateException("rCRS.txt holds " + s.length() + " bases, not " + LENGTH);
            }
            return s.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
