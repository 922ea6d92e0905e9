package org.homecoming.server.archive;

import org.homecoming.server.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Leads on a document page, through htmx: propose them for every page, confirm or reject one (the
 * leads section is redrawn); and the confirmed passages shown on a person's page.
 */
@Controller
class LeadController {

    static final String LEADS_VIEW = "archive/leads :: leads";
    static final String SOURCES_VIEW = "archive/leads :: sources";

    private final LeadService leads;
    private final ArchiveAccess access;
    private final ArchiveService archive;
    private final LeadRepository repository;
    private final CurrentUsers currentUsers;

    LeadController(LeadService leads, ArchiveService archive, LeadRepository repository, ArchiveAccess access,
            CurrentUsers currentUsers) {
        this.leads = leads;
        this.access = access;
        this.archive = archive;
        this.repository = repository;
        this.currentUsers = currentUsers;
    }

    @org.springframework.web.bind.annotation.ModelAttribute
    void rights(Model model) {
        model.addAttribute("canCatalogue", access.isCataloguer(currentUsers.get()));
    }

    @PostMapping("/archive/documents/{id}/leads")
    String propose(@PathVariable long id, Model model) {
        model.addAttribute("leads", leads.propose(id));
        model.addAttribute("documentId", id);
        return LEADS_VIEW;
    }

    @PostMapping("/archive/leads/{id}/confirm")
    String confirm(@PathVariable long id, Model model) {
        leads.confirm(id);
        return redraw(id, model);
    }

    @PostMapping("/archive/leads/{id}/reject")
    String reject(@PathVariable long id, Model model) {
        leads.reject(id);
        return redraw(id, model);
    }

    private String redraw(long leadId, Model model) {
        long doc = repository.find(leadId).orElseThrow().documentId();
        archive.visible(doc);
        model.addAttribute("leads", repository.ofDocument(doc));
        model.addAttribute("documentId", doc);
        return LEADS_VIEW;
    }

    @GetMapping("/archive/persons/{id}/sources")
    String sources(@PathVariable long id, Model model) {
        model.addAttribute("sources", leads.sourcesOf(id));
        return SOURCES_VIEW;
    }
}
