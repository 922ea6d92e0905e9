package org.homecoming.kinship.lineage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of the mitochondrial genome that was sequenced, inclusive at both ends, in rCRS
 * numbering; it may run across position 16569/1, as the control region does.
 *
 * <p>{@code MitoRange.parse("16024-576")} equals {@link #CONTROL_REGION}; {@code
 * MitoRange.HVS1.contains(16223)} is true.
 */
public record MitoRange(int start, int end) {

    /** Hypervariable segment I, 16024–16365. */
    public static final MitoRange HVS1 = new MitoRange(16024, 16365);
    /** Hypervariable segment II, 73–340. */
    public static final MitoRange HVS2 = new MitoRange(73, 340);
    /** The whole control region, 16024–576 (across the origin). */
    public static final MitoRange CONTROL_REGION = new MitoRange(16024, 576);

    private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");

    public MitoRange {
        checkPosition("start", start);
        checkPosition("end", end);
    }

    /** Reads {@code START-END}, e.g. {@code 16024-16365} or {@code 16024-576}. */
    public static MitoRange parse(String text) {
        Matcher m = RANGE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("mtDNA range must read START-END such as 16024-16365: " + text);
        }
        return new MitoRange(position("start", m.group(1), text), position("end", m.group(2), text));
    }

    /** A position of at most six digits, so that a long one is refused as out of range, not overflowed. */
    private static int position(String name, String digits, String text) {
        if (digits.length() > 6) {
            throw new IllegalArgumentException("mtDNA range " + name + " must be in [1, " + Rcrs.LENGTH + "]: "
                    + digits + " in " + text);
        }
        return Integer.parseInt(digits);
    }

    public boolean wraps() {
        return start > end;
    }

    public boolean contains(int position) {
        return wraps() ? position >= start || position <= end : position >= start && position <= end;
    }

    public int length() {
        return wraps() ? Rcrs.LENGTH - start + 1 + end : end - start + 1;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }

    private static void checkPosition(String name, int p) {
        if (p < 1 || p > Rcrs.LENGTH) {
            throw new IllegalArgumentException("mtDNA range " + name + " must be in [1, " + Rcrs.LENGTH + "]: " + p);
        }
    }
}
