package org.homecoming.kinship.locus;

import java.io.Serializable;
import java.util.Comparator;

/**
 * An unordered pair of allele labels at one marker.
 *
 * <p>{@code Genotype.of("9.3", "7").equals(Genotype.of("7", "9.3"))}; {@code Genotype.parse("7/9.3")}
 *
 * <p>The two alleles are stored in label order (numeric labels by value, others alphabetically,
 * numbers first), independent of any locus. At an X-linked marker a male's genotype is written
 * homozygous: {@code a/a} means the hemizygous allele {@code a} ({@link #hemizygous(String)}).
 */
public record Genotype(String allele1, String allele2) implements Serializable {

    /** Label order: numbers by value before other labels, which sort alphabetically. */
    public static final Comparator<String> LABEL_ORDER = Genotype::compareLabels;

    public Genotype {
        if (allele1 == null || allele1.isBlank()) {
            throw new IllegalArgumentException("allele1 must not be blank: '" + allele1 + "'");
        }
        if (allele2 == null || allele2.isBlank()) {
            throw new IllegalArgumentException("allele2 must not be blank: '" + allele2 + "'");
        }
        allele1 = allele1.trim();
        allele2 = allele2.trim();
        if (compareLabels(allele1, allele2) > 0) {
            String t = allele1;
            allele1 = allele2;
            allele2 = t;
        }
    }

    /** The genotype {@code a/b} (order irrelevant). */
    public static Genotype of(String a, String b) {
        return new Genotype(a, b);
    }

    /** A hemizygous X-linked call, stored as {@code a/a}. */
    public static Genotype hemizygous(String a) {
        return new Genotype(a, a);
    }

    /** Parses {@code "a/b"} (or a single allele {@code "a"}, read as {@code a/a}). */
    public static Genotype parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("genotype must not be blank: '" + text + "'");
        }
        String[] parts = text.trim().split("/", -1);
        if (parts.length == 1) {
            return hemizygous(parts[0]);
        }
        if (parts.length != 2) {
            throw new IllegalArgumentException("genotype must be written a/b: " + text);
        }
        return of(parts[0], parts[1]);
    }

    public boolean isHomozygous() {
        return allele1.equals(allele2);
    }

    public boolean contains(String allele) {
        return allele1.equals(allele) || allele2.equals(allele);
    }

    @Override
    public String toString() {
        return allele1 + "/" + allele2;
    }

    private static int compareLabels(String a, String b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            int c = Double.compare(x, y);
            return c != 0 ? c : a.compareTo(b);
        }
        if (x != null) {
            return -1;
        }
        if (y != null) {
            return 1;
        }
        return a.compareTo(b);
    }

    private static Double number(String s) {
        if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '.' || s.charAt(0) == '-')) {
            return null;
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
