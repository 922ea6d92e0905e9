package org.homecoming.server.archive.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.archive.ArchiveAccess;
import org.homecoming.server.archive.ArchiveDocument;
import org.homecoming.server.archive.DocumentPage;
import org.homecoming.server.archive.DocumentRepository;
import org.homecoming.server.archive.FileStore;
import org.homecoming.server.archive.LinkRepository;
import org.homecoming.server.archive.PageIndex;
import org.homecoming.server.archive.exchange.InvalidPackageException;
import org.homecoming.server.archive.exchange.VerifiedPackage;
import org.homecoming.server.archive.transfer.ExchangeRecords.DocumentRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.LinkRecord;
import org.homecoming.server.archive.transfer.ExchangeRecords.PageRecord;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonRepository;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the documents of a package decided IMPORT or REPLACE with their pages and scans, makes them
 * visible to this side, indexes their pages once the transaction commits, and adds their links.
 *
 * <pre>{@code
 * documentImport.apply(verified, decisions, items, context);
 * }</pre>
 */
@Component
class DocumentImport {

    private final DocumentRepository documents;
    private final FileStore files;
    private final PageIndex index;
    private final ArchiveAccess access;
    private final LinkRepository links;
    private final PersonRepository persons;
    private final ExchangeLog log;

    DocumentImport(DocumentRepository documents, FileStore files, PageIndex index, ArchiveAccess access,
            LinkRepository links, PersonRepository persons, ExchangeLog log) {
        this.documents = documents;
        this.files = files;
        this.index = index;
        this.access = access;
        this.links = links;
        this.persons = persons;
        this.log = log;
    }

    void apply(VerifiedPackage p, Map<String, String> decisions, Map<String, ImportItem> items, PersonImport.Context c) {
        Map<String, Long> written = new HashMap<>();
        for (DocumentRecord r : p.records("documents", DocumentRecord.class)) {
            String decision = decisions.get("DOCUMENT:" + r.ref());
            if ("IMPORT".equals(decision)) {
                ArchiveDocument d = RecordMapping.document(r, 0, 0);
                long id = documents.insert(d);
                access.share("DOCUMENT", id, c.ourSide(), "received from " + c.installationId() + " ("
                        + c.consentBasis() + ")", c.user());
                written.put(r.ref(), id);
            } else if ("REPLACE".equals(decision)) {
                long id = items.get("DOCUMENT:" + r.ref()).localId();
                ArchiveDocument old = documents.find(id).orElseThrow();
                if (!documents.update(RecordMapping.document(r, id, old.version()), old.version())) {
                    throw new StaleVersionException("document", id, old.version());
                }
                written.put(r.ref(), id);
            }
            if (written.containsKey(r.ref())) {
                pages(p, r, written.get(r.ref()));
                log.recordOrigin("DOCUMENT", written.get(r.ref()), c.installationId(), r.ref(), ImportPlanner.hash(r));
            }
        }
        for (LinkRecord l : p.records("links", LinkRecord.class)) {
            Long doc = written.get(l.documentRef());
            if (doc != null) {
                link(doc, l, c);
            }
        }
    }

    private void pages(VerifiedPackage p, DocumentRecord r, long id) {
        List<DocumentPage> pages = new ArrayList<>();
        for (PageRecord pr : r.pages()) {
            String sha = null;
            if (pr.file() != null) {
                byte[] scan = p.file(pr.file()).orElseThrow(() -> new InvalidPackageException("page " + pr.pageNo()
                        + " of " + r.ref() + " names " + pr.file() + ", which the package does not hold"));
                sha = files.put(scan);
            }
            pages.add(new DocumentPage(id, pr.pageNo(), pr.mediaType(), sha, pr.transcription(), pr.translation(),
                    pr.translationLanguage()));
        }
        pages.forEach(documents::savePage);
        ArchiveDocument d = documents.find(id).orElseThrow();
        afterCommit(() -> index.upsertAll(d, pages));
    }

    private void link(long doc, LinkRecord l, PersonImport.Context c) {
        Long target = null;
        if ("PERSON".equals(l.targetType())) {
            target = log.origin("PERSON", c.installationId(), l.personRef()).map(ExchangeLog.Origin::localId)
                    .or(() -> persons.findByRef(l.personRef()).map(MissingPerson::id)).orElse(null);
            if (target == null) {
                return;
            }
        }
        links.insert("DOCUMENT", doc, l.pageNo(), l.passage(), l.targetType(), target, l.targetText(),
                l.linkedBy() + "@" + c.installationId());
    }

    private static void afterCommit(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
