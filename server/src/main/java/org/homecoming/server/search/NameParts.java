package org.homecoming.server.search;

/**
 * A personal name split into family, middle and given parts, as written (diacritics kept).
 *
 * <pre>{@code
 * NameParts p = VietnameseNames.parse("THANH, NGUYEN VAN"); // family NGUYEN, middle VAN, given THANH
 * }</pre>
 *
 * <p>Parts are never null; a missing part is the empty string.
 */
public record NameParts(String family, String middle, String given) {

    public NameParts {
        family = family == null ? "" : family;
        middle = middle == null ? "" : middle;
        given = given == null ? "" : given;
    }

    /** The name in Vietnamese order (family, middle, given), single spaces. */
    public String vietnameseOrder() {
        return String.join(" ", java.util.stream.Stream.of(family, middle, given)
                .filter(s -> !s.isEmpty()).toList());
    }
}
