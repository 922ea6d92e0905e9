package org.homecoming.server.archive.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.homecoming.server.archive.ArchiveAccess;
import org.homecoming.server.archive.ArchiveDocument;
import org.homecoming.server.archive.DocumentPage;
import org.homecoming.server.archive.DocumentRepository;
import org.homecoming.server.archive.FileStore;
import org.homecoming.server.archive.Link;
import org.homecoming.server.archive.LinkRepository;
import org.homecoming.server.archive.exchange.InstallationKeys;
import org.homecoming.server.archive.exchange.PackageWriter;
import org.homecoming.server.archive.exchange.Sha256;
import org.homecoming.server.archive.transfer.ExchangeRecords.DocumentRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.LinkRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.PageRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.PersonRecord;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonRepository;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.SharingService;
import org.homecoming.server.security.Side;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the signed package of everything this side has shared with the other: persons shared
 * (with consenting family members and, only with that consent, their DNA profiles), documents with
 * their pages and scans, and the links between them; and records what was sent.
 *
 * <pre>{@code
 * byte[] zip = exporter.export("sharing agreement of 2024-05-02");
 * }</pre>
 */
@Service
public class PackageExporter {

    private final InstallationKeys keys;
    private final PersonRepository persons;
    private final SharingService sharing;
    private final DocumentRepository documents;
    private final LinkRepository links;
    private final FileStore files;
    private final FamilyExport family;
    private final ArchiveAccess access;
    private final ExchangeLog log;
    private final AuditLog audit;
    private final ArtifactTransfer artifacts;
    private final RequestTransfer requests;
    private final CurrentUsers currentUsers;

    PackageExporter(ArtifactTransfer artifacts, RequestTransfer requests, InstallationKeys keys, PersonRepository persons, SharingService sharing,
            DocumentRepository documents, LinkRepository links, FileStore files, FamilyExport family,
            ArchiveAccess access, ExchangeLog log, AuditLog audit, CurrentUsers currentUsers) {
        this.artifacts = artifacts;
        this.requests = requests;
        this.keys = keys;
        this.persons = persons;
        this.sharing = sharing;
        this.documents = documents;
        this.links = links;
        this.files = files;
        this.family = family;
        this.access = access;
        this.log = log;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    @Transactional
    public byte[] export(String consentBasis) {
        CurrentUser u = currentUsers.get();
        access.requireExchanger(u);
        if (consentBasis == null || consentBasis.isBlank()) {
            throw new IllegalArgumentException("consentBasis must say under which agreement the package is sent: "
                    + consentBasis);
        }
        Side to = u.side().other();
        PackageWriter w = new PackageWriter(keys, u.side().name(), to.name(), consentBasis.strip());
        List<MissingPerson> shared = persons.findAll(sharing.sharedWith("PERSON", to)).stream()
                .filter(p -> p.side() == u.side() && p.mergedInto() == null).toList();
        List<PersonRecord> personRecords = shared.stream()
                .map(p -> RecordMapping.person(p, persons.aliases(p.id()))).toList();
        w.records("persons", personRecords);
        FamilyExport.Result fam = family.of(shared, w);
        List<DocumentRecord> docs = documents(w, to);
        w.records("documents", docs);
        w.records("links", links(docs, personRecords));
        List<ExchangeRecords.ArtifactRecord> arts = artifacts.records(w, to);
        w.records("artifacts", arts);
        List<ExchangeRecords.RequestRecord> asked = requests.records();
        w.records("requests", asked);
        Instant created = Instant.now();
        byte[] zip = w.write(created);
        String summary = personRecords.size() + " person(s), " + fam.members() + " family member(s), "
                + fam.profiles() + " DNA profile(s), " + docs.size() + " document(s), " + arts.size() + " artifact(s), "
                + asked.size() + " request(s)";
        log.add("OUT", Sha256.hex(zip), keys.installationId(), to.name(), created, consentBasis.strip(), summary,
                String.join("\n", fam.omitted()), u.username());
        audit.record(fam.profiles() > 0 ? AuditAction.EXPORT_GENETIC : AuditAction.EXPORT, "PACKAGE", Sha256.hex(zip),
                "to " + to + ": " + summary + "; persons " + personRecords.stream().map(PersonRecord::ref)
                        .collect(Collectors.joining(", ")));
        return zip;
    }

    private List<DocumentRecord> documents(PackageWriter w, Side to) {
        List<DocumentRecord> out = new ArrayList<>();
        // Scans are named by content: one used by two pages travels once.
        java.util.Set<String> written = new java.util.HashSet<>();
        for (ArchiveDocument d : documents.sharedWith(to)) {
            List<PageRecord> pages = new ArrayList<>();
            for (DocumentPage p : documents.pages(d.id())) {
                String file = null;
                if (p.scanSha256() != null) {
                    byte[] scan = files.get(p.scanSha256()).orElseThrow(() -> new IllegalStateException(
                            "scan " + p.scanSha256() + " of " + d.ref() + " p." + p.pageNo() + " is missing from the file store"));
                    file = "files/" + p.scanSha256();
                    if (written.add(file)) {
                        w.file(file, scan);
                    }
                }
                pages.add(new PageRecord(p.pageNo(), p.mediaType(), file, p.transcription(), p.translation(),
                        p.translationLanguage()));
            }
            out.add(RecordMapping.document(d, pages));
        }
        return out;
    }

    private List<LinkRecord> links(List<DocumentRecord> docs, List<PersonRecord> shared) {
        List<LinkRecord> out = new ArrayList<>();
        for (DocumentRecord d : docs) {
            long id = documents.findByRef(d.ref()).orElseThrow().id();
            for (Link l : links.of("DOCUMENT", id)) {
                String personRef = null;
                if ("PERSON".equals(l.targetType())) {
                    personRef = persons.find(l.targetId()).map(MissingPerson::ref)
                            .filter(ref -> shared.stream().anyMatch(p -> p.ref().equals(ref))).orElse(null);
                    if (personRef == null) {
                        continue;
                    }
                } else if ("SITE".equals(l.targetType())) {
                    continue;
                }
                out.add(new LinkRecord(d.ref(), l.pageNo(), l.passage(), l.targetType(), personRef, l.targetText(),
                        l.linkedBy(), l.linkedAt().toInstant()));
            }
        }
        return out;
    }
}
