package org.homecoming.server.archive.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.archive.FileStore;
import org.homecoming.server.archive.exchange.Sha256;
import org.homecoming.server.archive.exchange.VerifiedPackage;
import org.homecoming.server.archive.transfer.ExchangeRecords.FamilyRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.PersonRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.ProfileRecord;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Receives an exchange package from the other side: verifies its signature against the trusted
 * keys, shows what importing it would do, and imports it with the officer's decisions, all or
 * nothing, recording what was received, from whom and under which consent.
 *
 * <pre>{@code
 * TransferPreview p = importer.preview(zip); // nothing written
 * ImportResult r = importer.importPackage(zip, Map.of("PERSON:US-17", "SKIP"));
 * }</pre>
 *
 * <p>A record is imported only as its preview says: NEW is imported unless skipped, a possible
 * duplicate only when the decision is IMPORT, a changed record replaces the local one only when the
 * decision is REPLACE; conflicts and unchanged records are never written. A package is refused
 * before anything is written when it is unsigned, altered, signed by an untrusted key, prepared for
 * the other side, or imported before.
 */
@Service
public class PackageImporter {

    private static final Logger progress = LoggerFactory.getLogger(PackageImporter.class);
    private final SignedFiles signed;
    private final ImportPlanner planner;
    private final PersonImport persons;
    private final DocumentImport documents;
    private final ExchangeLog log;
    private final AuditLog audit;
    private final FileStore received;
    private final ArtifactTransfer artifacts;
    private final RequestTransfer requests;
    private final CurrentUsers currentUsers;

    PackageImporter(RequestTransfer requests, SignedFiles signed, ImportPlanner planner, PersonImport persons,
            DocumentImport documents, ExchangeLog log, AuditLog audit, FileStore received,
            ArtifactTransfer artifacts, CurrentUsers currentUsers) {
        this.artifacts = artifacts;
        this.requests = requests;
        this.received = received;
        this.signed = signed;
        this.planner = planner;
        this.persons = persons;
        this.documents = documents;
        this.log = log;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    /** What the package holds and what importing it would do; writes nothing. */
    @Transactional(readOnly = true)
    public TransferPreview preview(byte[] zip) {
        VerifiedPackage p = open(zip);
        return preview(p, Sha256.hex(zip));
    }

    /**
     * Verifies an uploaded package, keeps it (named by its SHA-256) so that it can be imported after
     * the preview without uploading it again, and returns the preview.
     */
    @Transactional(readOnly = true)
    public TransferPreview receive(byte[] zip) {
        TransferPreview p = preview(zip);
        received.put(zip);
        return p;
    }

    /** Imports a package kept by {@link #receive}, named by its SHA-256. */
    @Transactional
    public ImportResult importReceived(String sha256, Map<String, String> decisions) {
        byte[] zip = received.get(sha256).orElseThrow(() -> new IllegalArgumentException(
                "no package with SHA-256 " + sha256 + " was received here: upload it for a preview first"));
        return importPackage(zip, decisions);
    }

    /**
     * Imports the package. {@code decisions} maps {@link ImportItem#key()} to IMPORT, REPLACE or
     * SKIP; records without a decision get {@link ImportItem#defaultDecision()}.
     */
    @Transactional
    public ImportResult importPackage(byte[] zip, Map<String, String> decisions) {
        VerifiedPackage p = open(zip);
        String sha = Sha256.hex(zip);
        TransferPreview preview = preview(p, sha);
        Map<String, ImportItem> items = new LinkedHashMap<>();
        preview.items().forEach(i -> items.put(i.key(), i));
        for (String key : decisions.keySet()) {
            if (!items.containsKey(key)) {
                throw new IllegalArgumentException("decision names " + key + ", which the package does not hold");
            }
        }
        Map<String, String> decided = new LinkedHashMap<>();
        items.values().forEach(i -> decided.put(i.key(), i.decide(decisions.get(i.key()))));
        CurrentUser u = currentUsers.get();
        var m = p.manifest();
        progress.info("Package {}: importing {} record(s) from {} in one transaction", sha.substring(0, 12),
                items.size(), m.installationId());
        var context = new PersonImport.Context(m.installationId(), sha, m.consentBasis(), u.side(), u.username());
        List<FamilyRecord> family = p.records("family", FamilyRecord.class);
        List<ProfileRecord> profiles = p.records("profiles", ProfileRecord.class);
        persons.apply(p.records("persons", PersonRecord.class), family, profiles, decided, items, context);
        documents.apply(p, decided, items, context);
        artifacts.apply(p, decided, items, context);
        requests.apply(p, decided, context);
        ImportResult result = new ImportResult(sha, preview.items(), decided);
        String summary = result.count("IMPORT") + " imported, " + result.count("REPLACE") + " replaced, "
                + result.count("SKIP") + " skipped of " + items.size() + " record(s) from " + m.installationId();
        log.add("IN", sha, m.installationId(), m.toSide(), m.created(), m.consentBasis(), summary,
                String.join("\n", m.omitted()), u.username());
        audit.record(AuditAction.IMPORT, "PACKAGE", sha, summary + " under: " + m.consentBasis());
        logCommit("Package " + sha.substring(0, 12) + ": committed, " + summary);
        return result;
    }

    private static void logCommit(String line) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    progress.info(line);
                }
            });
        }
    }

    private VerifiedPackage open(byte[] zip) {
        return signed.verify(zip);
    }

    private TransferPreview preview(VerifiedPackage p, String sha) {
        var m = p.manifest();
        int members = (int) p.records("family", FamilyRecord.class).stream().filter(f -> !f.withheld()).count();
        int profiles = p.records("profiles", ProfileRecord.class).size();
        return new TransferPreview(sha, m.installationId(), m.side(), m.toSide(), m.created(), m.consentBasis(),
                m.omitted(), members, profiles, planner.plan(p));
    }
}
