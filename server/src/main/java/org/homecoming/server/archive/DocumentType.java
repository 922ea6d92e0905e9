package org.homecoming.server.archive;

import java.util.Arrays;

/**
 * Kinds of paper the identifications start from.
 *
 * <pre>{@code
 * DocumentType.parse("BURIAL_REGISTER");
 * }</pre>
 */
public enum DocumentType {
    BURIAL_REGISTER, UNIT_ROLL, MARTYR_CERTIFICATE, LETTER, DIARY, CAPTURED_DOCUMENT, MAP, REPORT, PHOTOGRAPH, OTHER;

    public static DocumentType parse(String value) {
        for (DocumentType t : values()) {
            if (t.name().equals(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException("document type must be one of " + Arrays.toString(values()) + ": " + value);
    }
}
