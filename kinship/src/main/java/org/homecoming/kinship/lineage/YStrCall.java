package org.homecoming.kinship.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The allele(s) called at one Y-STR locus: one repeat number, several for a multi-copy locus such
 * as DYS385a/b (an unordered set, stored ascending), or none for a null allele.
 *
 * <p>{@code YStrCall.parse("11,14")} (also {@code "11-14"}, {@code "11/14"}); {@code
 * YStrCall.parse("13.2")} is a microvariant; {@code YStrCall.parse("null")} a null allele (a
 * result: the locus amplified nothing, as after a primer-site deletion). A locus that was not typed
 * is simply absent from the {@link YHaplotype}.
 */
public record YStrCall(List<String> alleles) {

    private static final Pattern ALLELE = Pattern.compile("\\d{1,3}(\\.\\d)?");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,/-]\\s*");

    public YStrCall {
        alleles = new ArrayList<>(alleles);
        for (String a : alleles) {
            if (a == null || !ALLELE.matcher(a).matches()) {
                throw new IllegalArgumentException(
                        "Y-STR allele must be a repeat number such as 14 or 13.2: " + a);
            }
        }
        alleles.sort(YStrCall::compareRepeats);
        alleles = List.copyOf(alleles);
    }

    /** Reads {@code "14"}, {@code "13.2"}, {@code "11,14"}, {@code "11-14"} or {@code "null"}. */
    public static YStrCall parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Y-STR call must not be blank: '" + text + "'");
        }
        String t = text.strip();
        if (t.equalsIgnoreCase("null")) {
            return nullAllele();
        }
        return new YStrCall(List.of(SEPARATOR.split(t)));
    }

    public static YStrCall of(String... alleles) {
        return new YStrCall(List.of(alleles));
    }

    public static YStrCall nullAllele() {
        return new YStrCall(List.of());
    }

    public boolean isNull() {
        return alleles.isEmpty();
    }

    public int copies() {
        return alleles.size();
    }

    /** The call as written in a haplotype: {@code 11,14}, {@code 13.2} or {@code null}. */
    @Override
    public String toString() {
        return isNull() ? "null" : String.join(",", alleles);
    }

    static double repeats(String allele) {
        return Double.parseDouble(allele);
    }

    /** The partial-repeat digit: 0 for a whole-repeat allele, 2 for 13.2. */
    static int fraction(String allele) {
        int dot = allele.indexOf('.');
        return dot < 0 ? 0 : allele.charAt(dot + 1) - '0';
    }

    static int wholeRepeats(String allele) {
        int dot = allele.indexOf('.');
        return Integer.parseInt(dot < 0 ? allele : allele.substring(0, dot));
    }

    private static int compareRepeats(String a, String b) {
        return Double.compare(repeats(a), repeats(b));
    }
}
