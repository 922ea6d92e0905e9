package org.homecoming.kinship.lineage;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One difference from the rCRS in an mtDNA profile: a substitution ({@code 16223T}), a point
 * heteroplasmy written with a two-base IUPAC code ({@code 16093Y} = C and T), a deletion ({@code
 * 523-} or {@code 523d}), or an insertion after a position ({@code 315.1C}, {@code 315.2C}).
 *
 * <p>{@code MitoVariant.parse("309.1C")} is an insertion of C, first after 309.
 *
 * <p>D is read as a deletion, as the field writes it, not as the IUPAC three-base code; three-base
 * codes (B, D, H, V) and N are not accepted: a position that could not be read should be left out
 * of the typed range instead.
 *
 * @param position the rCRS position (1–16569)
 * @param insertion 0 for a substitution or deletion at {@code position}, k for the k-th base
 *     inserted after it
 * @param base A, C, G, T, one of R Y S W K M, or {@code -} for a deletion
 */
public record MitoVariant(int position, int insertion, char base) {

    static final int A = 1;
    static final int C = 2;
    static final int G = 4;
    static final int T = 8;
    static final int GAP = 16;

    private static final Map<Character, Integer> MASKS = Map.ofEntries(
            Map.entry('A', A), Map.entry('C', C), Map.entry('G', G), Map.entry('T', T),
            Map.entry('R', A | G), Map.entry('Y', C | T), Map.entry('S', C | G),
            Map.entry('W', A | T), Map.entry('K', G | T), Map.entry('M', A | C), Map.entry('-', GAP));
    private static final Pattern NOTATION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(.*)");

    public MitoVariant {
        String written = position + (insertion > 0 ? "." + insertion : "") + base;
        if (position < 1 || position > Rcrs.LENGTH) {
            throw new IllegalArgumentException("mtDNA variant " + written + ": position must be in [1, "
                    + Rcrs.LENGTH + "]: " + position);
        }
        if (insertion < 0) {
            throw new IllegalArgumentException("mtDNA variant " + written + ": insertion index must be at least 1");
        }
        if (!MASKS.containsKey(base)) {
            throw new IllegalArgumentException("mtDNA variant " + written + ": unknown base '" + base
                    + "' (expected A, C, G, T, an IUPAC two-base code R Y S W K M, or d or - for a deletion)");
        }
        if (insertion > 0 && base == '-') {
            throw new IllegalArgumentException("mtDNA variant " + written + ": an insertion cannot be a deletion");
        }
        if (insertion == 0 && base == Rcrs.base(position)) {
            throw new IllegalArgumentException("mtDNA variant " + written + ": " + base + " is the rCRS base at "
                    + position + "; list differences from the rCRS only");
        }
    }

    /** Reads one variant in rCRS difference notation. */
    public static MitoVariant parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = NOTATION.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("mtDNA variant must start with an rCRS position: '" + t + "'");
        }
        int position = parsePosition(t, m.group(1));
        if (m.group(2) != null && m.group(2).length() > 6) {
            throw new IllegalArgumentException("mtDNA variant " + t + ": insertion index must be at most 999999: "
                    + m.group(2));
        }
        int insertion = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(2) != null && insertion == 0) {
            throw new IllegalArgumentException("mtDNA variant " + t + ": insertion index must be at least 1");
        }
        String suffix = m.group(3);
        char base;
        if (suffix.equals("-") || suffix.equalsIgnoreCase("d") || suffix.equalsIgnoreCase("del")) {
            base = '-';
        } else if (suffix.length() == 1) {
            base = Character.toUpperCase(suffix.charAt(0));
        } else if (suffix.isEmpty()) {
            throw new IllegalArgumentException("mtDNA variant " + t + ": missing base after the position");
        } else {
            throw new IllegalArgumentException("mtDNA variant " + t + ": expected one base after the position, got '"
                    + suffix + "'");
        }
        return new MitoVariant(position, insertion, base);
    }

    public boolean isDeletion() {
        return base == '-';
    }

    public boolean isInsertion() {
        return insertion > 0;
    }

    public boolean isHeteroplasmy() {
        return Integer.bitCount(mask()) == 2;
    }

    /** The bases present, as a set of bits A=1, C=2, G=4, T=8, gap=16. */
    int mask() {
        return MASKS.get(base);
    }

    static int maskOf(char base) {
        Integer m = MASKS.get(base);
        // The rCRS placeholder N at 3107 stands for a base absent from the reference.
        return m == null ? GAP : m;
    }

    /** The site this variant occupies: {@code 16223} or {@code 315.1}. */
    public String site() {
        return insertion > 0 ? position + "." + insertion : String.valueOf(position);
    }

    /** Written back in the notation {@link #parse} reads; deletions as {@code 523-}. */
    @Override
    public String toString() {
        return site() + base;
    }

    private static int parsePosition(String text, String digits) {
        if (digits.length() > 6) {
            throw new IllegalArgumentException("mtDNA variant " + text + ": position must be in [1, "
                    + Rcrs.LENGTH + "]: " + digits);
        }
        return Integer.parseInt(digits);
    }
}
