package org.homecoming.server.archive.exchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests written as lower-case hexadecimal, as the manifest lists them.
 *
 * <pre>{@code
 * Sha256.hex("abc".getBytes(UTF_8)); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * }</pre>
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The digest of {@code bytes} as 64 hexadecimal digits. */
    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
