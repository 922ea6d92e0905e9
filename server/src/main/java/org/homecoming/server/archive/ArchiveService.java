package org.homecoming.server.archive;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Side;
import org.homecoming.server.web.Nfc;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Catalogues documents and their pages, keeps the page index in step, searches it and shares
 * documents with the other side, checking who may see what and writing the audit log.
 *
 * <pre>{@code
 * ArchiveDocument d = archive.create(form);
 * archive.addPages(d.id(), List.of(new PageUpload(1, png, "…", "…", "en")));
 * archive.search("nguyen van thanh", 0, 20);
 * }</pre>
 */
@Service
public class ArchiveService {

    static final String DOCUMENT = "DOCUMENT";

    private final DocumentRepository documents;
    private final LinkRepository links;
    private final LeadRepository leads;
    private final PageIndex index;
    private final FileStore files;
    private final ArchiveAccess access;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    ArchiveService(DocumentRepository documents, LinkRepository links, LeadRepository leads, PageIndex index,
            FileStore files, ArchiveAccess access, AuditLog audit, CurrentUsers currentUsers) {
        this.documents = documents;
        this.links = links;
        this.leads = leads;
        this.index = index;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    @Transactional
    public ArchiveDocument create(DocumentForm f) {
        CurrentUser u = currentUsers.get();
        access.requireCataloguer(u);
        String ref = Nfc.clean(f.ref()) == null ? "DOC-" + UUID.randomUUID().toString().substring(0, 13) : Nfc.clean(f.ref());
        if (documents.findByRef(ref).isPresent()) {
            throw new IllegalArgumentException("ref is already used by another document: " + ref);
        }
        ArchiveDocument d = new ArchiveDocument(0, ref, u.side(), DocumentType.parse(f.type()), Nfc.clean(f.title()),
                Nfc.clean(f.date()), Nfc.clean(f.language()), Nfc.clean(f.holdingArchive()),
                Nfc.clean(f.archiveReference()), Classification.parse(f.classification()), Nfc.clean(f.description()), 0);
        long id = documents.insert(d);
        audit.record(AuditAction.CREATE, DOCUMENT, id, d.title());
        return documents.find(id).orElseThrow();
    }

    /** Adds or replaces pages of an own-side document; each scan is stored and each page indexed. */
    @Transactional
    public List<DocumentPage> addPages(long documentId, List<PageUpload> uploads) {
        CurrentUser u = currentUsers.get();
        access.requireCataloguer(u);
        ArchiveDocument d = visible(documentId);
        if (d.side() != u.side()) {
            throw new IllegalArgumentException("pages can be added only to documents of one's own side: " + d.ref());
        }
        List<DocumentPage> pages = uploads.stream().map(p -> store(documentId, p)).toList();
        pages.forEach(documents::savePage);
        index.upsertAll(d, pages);
        audit.record(AuditAction.UPDATE, DOCUMENT, documentId, pages.size() + " page(s) added");
        return pages;
    }

    private DocumentPage store(long documentId, PageUpload p) {
        String type = p.scan() == null ? null : ScanType.of(p.scan());
        String sha = p.scan() == null ? null : files.put(p.scan());
        return new DocumentPage(documentId, p.pageNo(), type, sha, Nfc.clean(p.transcription()),
                Nfc.clean(p.translation()), Nfc.clean(p.translationLanguage()));
    }

    /** The document with pages, links and leads; audited as a view. */
    @Transactional
    public DocumentView view(long id) {
        ArchiveDocument d = visible(id);
        audit.record(AuditAction.VIEW, DOCUMENT, id, null);
        return new DocumentView(d, documents.pages(id), links.of(DOCUMENT, id), leads.ofDocument(id));
    }

    /** The document if the current user may see it; {@link NotFoundException} otherwise. */
    public ArchiveDocument visible(long id) {
        ArchiveDocument d = documents.find(id).orElseThrow(() -> new NotFoundException("document", id));
        if (!access.canSee(currentUsers.get(), DOCUMENT, id, d.side(), d.classification())) {
            throw new NotFoundException("document", id);
        }
        return d;
    }

    public List<ArchiveDocument> list(int offset, int limit) {
        CurrentUser u = currentUsers.get();
        return documents.visible(u.side(), access.allowed(u), offset, limit);
    }

    public long count() {
        CurrentUser u = currentUsers.get();
        return documents.countVisible(u.side(), access.allowed(u));
    }

    public PageSearchResult search(String text, int offset, int limit) {
        CurrentUser u = currentUsers.get();
        return index.search(text, u.side(), access.allowed(u), access.sharedWith(DOCUMENT, u.side()), offset, limit);
    }

    /** The scan of a page and its media type, if the user may see the document. */
    public Optional<Scan> scan(long documentId, int pageNo) {
        visible(documentId);
        return documents.page(documentId, pageNo).filter(p -> p.scanSha256() != null)
                .flatMap(p -> files.get(p.scanSha256()).map(b -> new Scan(p.mediaType(), b)));
    }

    /** A scan's bytes and media type. */
    public record Scan(String mediaType, byte[] content) {
    }

    /** Makes an own-side, non-confidential document visible to the other side. */
    @Transactional
    public void share(long id, String basis) {
        CurrentUser u = currentUsers.get();
        access.requireExchanger(u);
        ArchiveDocument d = visible(id);
        if (d.side() != u.side()) {
            throw new IllegalArgumentException("only a document of one's own side can be shared: " + d.ref());
        }
        if (d.classification() == Classification.CONFIDENTIAL) {
            throw new IllegalArgumentException("document " + d.ref() + " is CONFIDENTIAL: reclassify it before sharing");
        }
        Side to = u.side().other();
        access.share(DOCUMENT, id, to, basis, u.username());
        audit.record(AuditAction.SHARE, DOCUMENT, id, "to " + to + ": " + basis);
    }
}
