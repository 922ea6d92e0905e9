package org.homecoming.server.archive.transfer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homecoming.server.archive.ArchiveAccess;
import org.homecoming.server.archive.exchange.InstallationKeys;
import org.homecoming.server.archive.exchange.InvalidPackageException;
import org.homecoming.server.archive.exchange.PackageVerifier;
import org.homecoming.server.archive.exchange.PackageWriter;
import org.homecoming.server.archive.exchange.Sha256;
import org.homecoming.server.archive.exchange.VerifiedPackage;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Side;
import org.springframework.stereotype.Service;

/**
 * Signed exchange packages for files other pillars send to the other side (an IATI activities file): the same
 * format, keys, trust and log as the archive's packages. Sending signs and logs; opening checks the signature against
 * the trusted installations, that the package was prepared for this side and was not received before; the caller
 * marks it received once it has stored what it holds.
 *
 * <pre>{@code
 * byte[] zip = signed.send("memorandum 2025", Map.of("files/iati/activities.xml", xml), "3 IATI activities");
 * SignedFiles.Received r = signed.open(zip);
 * }</pre>
 */
@Service
public class SignedFiles {

    private final InstallationKeys keys;
    private final TrustedKeyRepository trusted;
    private final ExchangeLog log;
    private final ArchiveAccess access;
    private final AuditLog audit;
    private final CurrentUsers users;

    SignedFiles(InstallationKeys keys, TrustedKeyRepository trusted, ExchangeLog log, ArchiveAccess access, AuditLog audit,
            CurrentUsers users) {
        this.keys = keys;
        this.trusted = trusted;
        this.log = log;
        this.access = access;
        this.audit = audit;
        this.users = users;
    }

    /** A verified package from the other side: who sent it, when, and its files by path. */
    public record Received(String sha256, String installationId, String side, Instant created, String consentBasis,
            Map<String, byte[]> files) {
    }

    /** Signs {@code files} (paths under {@code files/}) into a package for the other side and logs it as sent. */
    public byte[] send(String consentBasis, Map<String, byte[]> files, String summary) {
        CurrentUser u = users.get();
        access.requireExchanger(u);
        if (consentBasis == null || consentBasis.isBlank()) {
            throw new IllegalArgumentException("consentBasis: say under which agreement the package is sent");
        }
        Side to = u.side().other();
        PackageWriter w = new PackageWriter(keys, u.side().name(), to.name(), consentBasis.strip());
        files.forEach(w::file);
        Instant created = Instant.now();
        byte[] zip = w.write(created);
        String sha = Sha256.hex(zip);
        log.add("OUT", sha, keys.installationId(), to.name(), created, consentBasis.strip(), summary, "", u.username());
        audit.record(AuditAction.EXPORT, "PACKAGE", sha, "to " + to + ": " + summary);
        return zip;
    }

    /** Verifies a package from the other side; nothing is logged until {@link #received}. */
    public Received open(byte[] zip) {
        VerifiedPackage p = verify(zip);
        var m = p.manifest();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : p.names()) {
            if (name.startsWith("files/")) {
                files.put(name, p.file(name).orElseThrow());
            }
        }
        return new Received(Sha256.hex(zip), m.installationId(), m.side(), m.created(), m.consentBasis(), files);
    }

    /**
     * The package checked for the current user to receive: an exchanger, signed by a trusted installation, prepared for
     * this side, not received before.
     */
    VerifiedPackage verify(byte[] zip) {
        CurrentUser u = users.get();
        access.requireExchanger(u);
        if (zip == null || zip.length == 0) {
            throw new InvalidPackageException("no package: the upload is empty");
        }
        VerifiedPackage p = new PackageVerifier(trusted).verify(zip);
        var m = p.manifest();
        if (!u.side().name().equals(m.toSide())) {
            throw new InvalidPackageException("package from '" + m.installationId() + "' was prepared for side "
                    + m.toSide() + ", not for " + u.side());
        }
        String sha = Sha256.hex(zip);
        if (log.received(sha)) {
            throw new InvalidPackageException("package " + sha.substring(0, 12) + " from '" + m.installationId()
                    + "' was imported before: nothing to do");
        }
        return p;
    }

    /** Logs the package as received, with what was done with it. */
    public void received(Received r, String summary) {
        CurrentUser u = users.get();
        log.add("IN", r.sha256(), r.installationId(), users.get().side().name(), r.created(), r.consentBasis(), summary,
                "", u.username());
        audit.record(AuditAction.IMPORT, "PACKAGE", r.sha256(), "from " + r.installationId() + ": " + summary);
    }
}
