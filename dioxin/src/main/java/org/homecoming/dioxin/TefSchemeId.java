package org.homecoming.dioxin;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The WHO toxic equivalency factor schemes this module ships, each a data file with its source.
 *
 * <p>{@code TefSchemeId.parse("who2022").load()} gives the 2022 factors (DeVito et al. 2024).
 */
public enum TefSchemeId {
    WHO_1998("who1998", "WHO-1998"),
    WHO_2005("who2005", "WHO-2005"),
    WHO_2022("who2022", "WHO-2022");

    private final String code;
    private final String title;

    TefSchemeId(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The short code used on the command line, in JSON and in the threshold file ({@code who2005}). */
    public String code() {
        return code;
    }

    /** The name as publications write it ({@code WHO-2005}). */
    public String title() {
        return title;
    }

    /** Reads the scheme's data file against the standard congener catalogue. */
    public TefScheme load() {
        return TefScheme.load(this, Congeners.standard());
    }

    /** The scheme named by its code or title, ignoring case ({@code who2005}, {@code WHO-2005}). */
    public static TefSchemeId parse(String s) {
        String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace("-", "");
        for (TefSchemeId id : values()) {
            if (id.code.equals(k)) {
                return id;
            }
        }
        throw new IllegalArgumentException("TEF scheme must be one of "
                + Arrays.stream(values()).map(TefSchemeId::code).collect(Collectors.joining(", ")) + ": " + s);
    }
}
