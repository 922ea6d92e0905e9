package org.homecoming.server.archive.exchange;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a verifier looks up the keys it trusts, by fingerprint.
 *
 * <pre>{@code
 * TrustedKeys trusted = TrustedKeys.of(usKeys.asTrusted());
 * trusted.byFingerprint("SHA256:…"); // Optional[TrustedKey[installationId=us-dpaa, …]]
 * }</pre>
 */
@FunctionalInterface
public interface TrustedKeys {

    Optional<TrustedKey> byFingerprint(String fingerprint);

    /** A fixed set of keys. */
    static TrustedKeys of(TrustedKey... keys) {
        var list = Arrays.asList(keys.clone());
        return f -> list.stream().filter(k -> k.fingerprint().equals(f)).findFirst();
    }
}
