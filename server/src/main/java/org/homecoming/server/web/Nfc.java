package org.homecoming.server.web;

import java.text.Normalizer;

/**
 * Normalises text to Unicode NFC and blank to null, as every text is stored.
 *
 * <pre>{@code
 * Nfc.clean("Nguye\u0302\u0303n "); // "Nguyễn"
 * }</pre>
 */
public final class Nfc {

    private Nfc() {
    }

    /** NFC, trimmed; null for null or blank. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        return t.isEmpty() ? null : t;
    }
}
