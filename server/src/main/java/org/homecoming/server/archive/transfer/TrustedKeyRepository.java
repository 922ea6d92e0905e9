package org.homecoming.server.archive.transfer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.homecoming.server.archive.exchange.SigningKeys;
import org.homecoming.server.archive.exchange.TrustedKey;
import org.homecoming.server.archive.exchange.TrustedKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public keys of other installations this one trusts, kept in the database; revoked keys are
 * kept (for the record) but no longer trusted.
 *
 * <pre>{@code
 * keys.add("us-dpaa", pemText, "admin");
 * keys.byFingerprint("SHA256:…"); // used by the package verifier
 * }</pre>
 */
@Repository
public class TrustedKeyRepository implements TrustedKeys {

    /** A trusted installation as listed to an administrator. */
    public record Entry(long id, String installationId, String fingerprint, String publicKeyPem, String addedBy,
            OffsetDateTime addedAt, OffsetDateTime revokedAt) {
    }

    private final JdbcClient jdbc;

    TrustedKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Trusts {@code pem} as the key of {@code installationId}; returns the key's fingerprint. */
    public String add(String installationId, String pem, String by) {
        TrustedKey k = new TrustedKey(installationId, SigningKeys.readPublicPem(pem));
        if (byFingerprint(k.fingerprint()).isPresent()) {
            throw new IllegalArgumentException("key is already trusted: " + k.fingerprint());
        }
        jdbc.sql("DELETE FROM trusted_installation WHERE fingerprint = ?").param(k.fingerprint()).update();
        jdbc.sql("INSERT INTO trusted_installation (installation_id, fingerprint, public_key_pem, added_by, added_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(installationId, k.fingerprint(), SigningKeys.publicPem(k.key()), by, OffsetDateTime.now())
                .update();
        return k.fingerprint();
    }

    public boolean revoke(String fingerprint) {
        return jdbc.sql("UPDATE trusted_installation SET revoked_at = ? WHERE fingerprint = ? AND revoked_at IS NULL")
                .params(OffsetDateTime.now(), fingerprint).update() == 1;
    }

    @Override
    public Optional<TrustedKey> byFingerprint(String fingerprint) {
        return jdbc.sql("SELECT installation_id, public_key_pem FROM trusted_installation WHERE fingerprint = ?"
                        + " AND revoked_at IS NULL").param(fingerprint)
                .query((rs, n) -> new TrustedKey(rs.getString(1), SigningKeys.readPublicPem(rs.getString(2))))
                .optional();
    }

    public List<Entry> list() {
        return jdbc.sql("SELECT * FROM trusted_installation ORDER BY id").query((rs, n) -> new Entry(rs.getLong("id"),
                rs.getString("installation_id"), rs.getString("fingerprint"), rs.getString("public_key_pem"),
                rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class))).list();
    }
}
