package org.homecoming.server.archive.transfer;

import java.util.List;
import org.homecoming.server.archive.ArchiveAccess;
import org.homecoming.server.archive.exchange.InstallationKeys;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trust between installations: this installation's own public key, handed to the other side, and
 * the other side's keys that this one accepts packages from. Adding and revoking are audited.
 *
 * <pre>{@code
 * String pem = trust.ownPublicKey();                   // give to the other installation
 * trust.trust("us-dpaa", theirPem);                     // after checking its fingerprint by phone
 * }</pre>
 */
@Service
public class InstallationTrust {

    private final InstallationKeys keys;
    private final TrustedKeyRepository trusted;
    private final ArchiveAccess access;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    InstallationTrust(InstallationKeys keys, TrustedKeyRepository trusted, ArchiveAccess access, AuditLog audit,
            CurrentUsers currentUsers) {
        this.keys = keys;
        this.trusted = trusted;
        this.access = access;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    public String installationId() {
        return keys.installationId();
    }

    public String ownPublicKey() {
        return keys.publicKeyPem();
    }

    public String ownFingerprint() {
        return keys.fingerprint();
    }

    /** Trusts {@code pem} as the key of {@code installationId}; returns its fingerprint. */
    @Transactional
    public String trust(String installationId, String pem) {
        access.requireExchanger(currentUsers.get());
        if (installationId == null || !installationId.strip().matches("[a-z0-9][a-z0-9.-]{1,62}")) {
            throw new IllegalArgumentException("installationId must be 2 to 63 lower-case letters, digits, '.' or '-': "
                    + installationId);
        }
        if (installationId.strip().equals(keys.installationId())) {
            throw new IllegalArgumentException("installationId is this installation's own: " + installationId);
        }
        String fp = trusted.add(installationId.strip(), pem, currentUsers.get().username());
        audit.record(AuditAction.CREATE, "TRUSTED_KEY", hex(fp), "trusted for " + installationId.strip());
        return fp;
    }

    @Transactional
    public void revoke(String fingerprint) {
        access.requireExchanger(currentUsers.get());
        if (!trusted.revoke(fingerprint)) {
            throw new IllegalArgumentException("no trusted key has fingerprint " + fingerprint);
        }
        audit.record(AuditAction.UPDATE, "TRUSTED_KEY", hex(fingerprint), "revoked");
    }

    /** The hexadecimal part of a fingerprint, which fits the audit log's id column. */
    private static String hex(String fingerprint) {
        return fingerprint.startsWith("SHA256:") ? fingerprint.substring(7) : fingerprint;
    }

    public List<TrustedKeyRepository.Entry> list() {
        return trusted.list();
    }
}
