package org.homecoming.server.archive;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The archive's browser pages for documents: the catalogue, full-text search with marked passages,
 * a document with each page's scan beside its transcription and translation, adding pages, and
 * sharing with the other side.
 */
@Controller
class DocumentController {

    static final String LIST_VIEW = "archive/list";
    static final String SEARCH_VIEW = "archive/search";
    static final String RESULTS_VIEW = "archive/search :: results";
    static final String DOCUMENT_VIEW = "archive/document";
    static final String FORM_VIEW = "archive/documentForm";

    private final ArchiveService archive;
    private final ArchiveAccess access;
    private final LinkLabels labels;
    private final CurrentUsers currentUsers;

    DocumentController(ArchiveService archive, ArchiveAccess access, LinkLabels labels, CurrentUsers currentUsers) {
        this.archive = archive;
        this.access = access;
        this.labels = labels;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute
    void rights(Model model) {
        model.addAttribute("canCatalogue", access.isCataloguer(currentUsers.get()));
        model.addAttribute("canExchange", access.isExchanger(currentUsers.get()));
        model.addAttribute("mySide", currentUsers.get().side());
    }

    @GetMapping("/archive")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page.check(page, 50);
        model.addAttribute("result", new Page<>(archive.list(page * 50, 50), archive.count(),
                page, 50));
        return LIST_VIEW;
    }

    @GetMapping("/archive/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Page.check(page, 20);
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("hits", archive.search(q, page * 20, 20));
        return htmx != null ? RESULTS_VIEW : SEARCH_VIEW;
    }

    @GetMapping("/archive/documents/new")
    String initCreationForm(Model model) {
        model.addAttribute("documentForm", new DocumentForm(null, "BURIAL_REGISTER", null, null, "vi", null, null,
                "RESTRICTED", null));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("classifications", Classification.values());
        return FORM_VIEW;
    }

    @PostMapping("/archive/documents/new")
    String processCreationForm(@Valid @ModelAttribute("documentForm") DocumentForm documentForm, BindingResult result,
            Model model) {
        if (!result.hasErrors()) {
            try {
                return "redirect:/archive/documents/" + archive.create(documentForm).id();
            } catch (IllegalArgumentException e) {
                result.reject("archive.invalid", e.getMessage());
            }
        }
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("classifications", Classification.values());
        return FORM_VIEW;
    }

    @GetMapping("/archive/documents/{id}")
    String show(@PathVariable long id, Model model) {
        DocumentView v = archive.view(id);
        model.addAttribute("v", v);
        model.addAttribute("linkLabels", labels.of(v.links()));
        return DOCUMENT_VIEW;
    }

    @PostMapping("/archive/documents/{id}/pages")
    String addPage(@PathVariable long id, @RequestParam int pageNo, @RequestParam(required = false) MultipartFile scan,
            @RequestParam(required = false) String transcription, @RequestParam(required = false) String translation,
            @RequestParam(required = false) String translationLanguage) throws IOException {
        byte[] bytes = scan == null || scan.isEmpty() ? null : scan.getBytes();
        archive.addPages(id, List.of(new PageUpload(pageNo, bytes, transcription, translation, translationLanguage)));
        return "redirect:/archive/documents/" + id + "#page-" + pageNo;
    }

    @GetMapping("/archive/documents/{id}/pages/{pageNo}/scan")
    ResponseEntity<byte[]> scan(@PathVariable long id, @PathVariable int pageNo) {
        ArchiveService.Scan s = archive.scan(id, pageNo).orElseThrow(() -> new NotFoundException("scan of page", pageNo));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(s.mediaType())).body(s.content());
    }

    @PostMapping("/archive/documents/{id}/share")
    String share(@PathVariable long id, @RequestParam String basis) {
        archive.share(id, basis);
        return "redirect:/archive/documents/" + id;
    }
}
