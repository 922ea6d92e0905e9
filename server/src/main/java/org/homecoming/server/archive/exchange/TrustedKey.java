package org.homecoming.server.archive.exchange;

import java.security.PublicKey;

/**
 * The public key of another installation, trusted here to sign the packages it sends.
 *
 * <pre>{@code
 * TrustedKey k = new TrustedKey("us-dpaa", SigningKeys.readPublicPem(pem));
 * k.fingerprint(); // "SHA256:…"
 * }</pre>
 */
public record TrustedKey(String installationId, PublicKey key) {

    public TrustedKey {
        InstallationKeys.checkId(installationId);
        if (key == null || !SigningKeys.ALGORITHM.equals(algorithm(key))) {
            throw new IllegalArgumentException("key must be an Ed25519 public key: " + (key == null ? null : key.getAlgorithm()));
        }
    }

    public String fingerprint() {
        return SigningKeys.fingerprint(key);
    }

    private static String algorithm(PublicKey k) {
        return "EdDSA".equals(k.getAlgorithm()) ? SigningKeys.ALGORITHM : k.getAlgorithm();
    }
}
