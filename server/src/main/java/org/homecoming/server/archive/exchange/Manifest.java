package org.homecoming.server.archive.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table of contents of an exchange package: format version, who made it and when, the key
 * that signed it, the SHA-256 of every other entry, and what was deliberately left out.
 *
 * <pre>{@code
 * Manifest m = verified.manifest();
 * m.entries().get("records/persons.json"); // "9f86d0…"
 * m.omitted(); // ["genetic profile of family member FM-3: no recorded consent to share"]
 * }</pre>
 *
 * <p>{@code side} is the programme side of the sending installation (VN or US); {@code toSide} the
 * side it was prepared for; {@code consentBasis} states what allowed the sharing.
 */
public record Manifest(int formatVersion, String installationId, String side, String toSide, Instant created,
        String keyFingerprint, String consentBasis, Map<String, String> entries, List<String> omitted) {

    /** The version this code writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;
    public static final String NAME = "manifest.json";
    public static final String SIGNATURE = "signature";

    public Manifest {
        if (installationId == null || keyFingerprint == null || created == null) {
            throw new IllegalArgumentException("manifest must name installationId, keyFingerprint and created: "
                    + installationId + ", " + keyFingerprint + ", " + created);
        }
        entries = entries == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(entries));
        omitted = omitted == null ? List.of() : List.copyOf(omitted);
    }
}
