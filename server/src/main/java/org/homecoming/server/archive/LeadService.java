package org.homecoming.server.archive;

import java.util.List;
import java.util.Set;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.registry.PersonRepository;
import org.homecoming.server.registry.PersonService;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes leads for a document's pages and records an officer's decision. A confirmed lead becomes
 * a PERSON link with its passage as provenance and a source of facts on the person's page.
 *
 * <pre>{@code
 * List<Lead> proposed = leads.propose(7);
 * leads.confirm(proposed.get(0).id());
 * }</pre>
 */
@Service
public class LeadService {

    private final ArchiveService archive;
    private final DocumentRepository documents;
    private final LeadRepository leads;
    private final LinkRepository links;
    private final LeadFinder finder;
    private final PersonService persons;
    private final PersonRepository personRepository;
    private final ArchiveAccess access;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    LeadService(ArchiveService archive, DocumentRepository documents, LeadRepository leads, LinkRepository links,
            LeadFinder finder, PersonService persons, PersonRepository personRepository, ArchiveAccess access,
            AuditLog audit, CurrentUsers currentUsers) {
        this.archive = archive;
        this.documents = documents;
        this.leads = leads;
        this.links = links;
        this.finder = finder;
        this.persons = persons;
        this.personRepository = personRepository;
        this.access = access;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    /** Finds leads on every page of a document the user may see, stores the new ones, returns all. */
    @Transactional
    public List<Lead> propose(long documentId) {
        CurrentUser u = currentUsers.get();
        access.requireCataloguer(u);
        archive.visible(documentId);
        int added = 0;
        for (DocumentPage p : documents.pages(documentId)) {
            for (Lead l : finder.find(documentId, p, Set.of(u.side().name()))) {
                added += leads.propose(l) ? 1 : 0;
            }
        }
        audit.record(AuditAction.CREATE, "LEAD", documentId, added + " lead(s) proposed");
        return leads.ofDocument(documentId);
    }

    @Transactional
    public Link confirm(long leadId) {
        Lead l = decide(leadId, "CONFIRMED");
        persons.visible(l.personId());
        ArchiveDocument d = archive.visible(l.documentId());
        Link link = links.insert(ArchiveService.DOCUMENT, l.documentId(), l.pageNo(), l.passage(), "PERSON",
                l.personId(), null, currentUsers.get().username());
        personRepository.addFactSource(l.personId(), "archive", "DOCUMENT", reference(d, l.pageNo(), l.passage()));
        audit.record(AuditAction.UPDATE, "PERSON", l.personId(), "linked to " + d.ref() + " p." + l.pageNo());
        return link;
    }

    @Transactional
    public void reject(long leadId) {
        decide(leadId, "REJECTED");
    }

    private Lead decide(long leadId, String status) {
        CurrentUser u = currentUsers.get();
        access.requireCataloguer(u);
        Lead l = leads.find(leadId).orElseThrow(() -> new NotFoundException("lead", leadId));
        archive.visible(l.documentId());
        if (!leads.decide(leadId, status, u.username())) {
            throw new IllegalArgumentException("lead " + leadId + " was already decided: " + l.status());
        }
        audit.record(AuditAction.UPDATE, "LEAD", leadId, status);
        return l;
    }

    /** The confirmed document passages about a person, from documents the user may see. */
    public List<PersonSource> sourcesOf(long personId) {
        persons.visible(personId);
        CurrentUser u = currentUsers.get();
        return links.toTarget("PERSON", personId).stream().filter(l -> l.sourceType().equals(ArchiveService.DOCUMENT))
                .flatMap(l -> documents.find(l.sourceId()).filter(d -> access.canSee(u, ArchiveService.DOCUMENT, d.id(),
                        d.side(), d.classification())).map(d -> new PersonSource(d, l)).stream())
                .toList();
    }

    /** "DOC-1 p.2 (Sổ mai táng E48): «passage»", cut to fit the registry's reference column. */
    static String reference(ArchiveDocument d, int page, String passage) {
        String head = d.ref() + " p." + page + " (" + d.title() + "): ";
        String s = head + "«" + passage + "»";
        return s.length() <= 500 ? s : s.substring(0, 498) + "…»";
    }
}
