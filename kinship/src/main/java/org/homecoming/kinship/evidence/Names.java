package org.homecoming.kinship.evidence;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names and free text reduced for comparison without diacritics, case or punctuation.
 *
 * <p>{@code Names.normalise("NGUYỄN, Văn-An")} is {@code "nguyen van an"}.
 */
final class Names {

    private Names() {
    }

    static String normalise(String text) {
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.strip();
    }
}
