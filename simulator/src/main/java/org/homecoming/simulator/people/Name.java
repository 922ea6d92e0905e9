package org.homecoming.simulator.people;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A person's name in parts, written in the order of its culture.
 *
 * <p>{@code new Name("Nguyễn", "Văn", "An", true).full()} is {@code "Nguyễn Văn An"}; with {@code vietnamese}
 * false the order is given, middle, family: {@code "John R. Smith"}.
 */
public record Name(String family, String middle, String given, boolean vietnamese) {

    public String full() {
        String m = middle.isEmpty() ? "" : middle + " ";
        return vietnamese ? family + " " + m + given : given + " " + m + family;
    }

    /** The name as foreign records write it: {@code NGUYEN, AN VAN}, without diacritics, upper case. */
    public String foreignOrder() {
        String rest = middle.isEmpty() ? given : given + " " + middle;
        return (stripDiacritics(family) + ", " + stripDiacritics(rest)).toUpperCase(Locale.ROOT);
    }

    /** {@code Nguyễn Văn Đức} becomes {@code Nguyen Van Duc}; đ is a letter of its own and maps to d. */
    public static String stripDiacritics(String s) {
        String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "");
    }
}
