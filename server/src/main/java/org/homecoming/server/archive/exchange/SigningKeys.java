package org.homecoming.server.archive.exchange;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Ed25519 keys written as PEM text and named by their fingerprint, the SHA-256 of the encoded public key.
 *
 * <pre>{@code
 * PublicKey k = SigningKeys.readPublicPem(pemText);
 * SigningKeys.fingerprint(k); // "SHA256:3f0c…" (64 hex digits)
 * }</pre>
 */
public final class SigningKeys {

    static final String ALGORITHM = "Ed25519";
    private static final Pattern PEM_PUBLIC = Pattern.compile(
            "-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");
    private static final Pattern PEM_PRIVATE = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    private SigningKeys() {
    }

    /** "SHA256:" and the hexadecimal SHA-256 of the key's X.509 encoding. */
    public static String fingerprint(PublicKey key) {
        return "SHA256:" + Sha256.hex(key.getEncoded());
    }

    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    static String privatePem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    /**
     * The Ed25519 public key in {@code pem}.
     *
     * @throws IllegalArgumentException if the text is not a PEM public key or not an Ed25519 key
     */
    public static PublicKey readPublicPem(String pem) {
        var m = PEM_PUBLIC.matcher(pem == null ? "" : pem);
        if (!m.find()) {
            throw new IllegalArgumentException("public key must be PEM text starting with"
                    + " '-----BEGIN PUBLIC KEY-----': " + abbreviate(pem));
        }
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(decode(m.group(1))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("public key is not an Ed25519 key: " + abbreviate(pem), e);
        }
    }

    static PrivateKey readPrivatePem(String pem, String where) {
        var m = PEM_PRIVATE.matcher(pem);
        if (!m.find()) {
            throw new IllegalStateException("signing key file " + where + " is not a PEM private key");
        }
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(decode(m.group(1))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("signing key file " + where + " is not an Ed25519 private key", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] decode(String base64) {
        return Base64.getMimeDecoder().decode(base64.strip());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
