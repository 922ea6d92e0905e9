package org.homecoming.server.archive;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The archive's JSON API: documents, pages and their scans, full-text search, sharing and leads.
 *
 * <pre>{@code
 * POST /api/v1/archive/documents                 {"type":"BURIAL_REGISTER","title":"…",…}
 * POST /api/v1/archive/documents/7/pages         multipart: scan, pageNo, transcription, translation
 * GET  /api/v1/archive/search?q=nguyen+van+thanh
 * POST /api/v1/archive/documents/7/leads         then POST /api/v1/archive/leads/3/confirm
 * }</pre>
 */
@RestController
@RequestMapping("/api/v1/archive")
class ArchiveApiController {

    private final ArchiveService archive;
    private final LeadService leads;

    ArchiveApiController(ArchiveService archive, LeadService leads) {
        this.archive = archive;
        this.leads = leads;
    }

    @PostMapping("/documents")
    ArchiveDocument create(@Valid @RequestBody DocumentForm form) {
        return archive.create(form);
    }

    @GetMapping("/documents")
    Page<ArchiveDocument> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page.check(page, size);
        return new Page<>(archive.list(page * size, size), archive.count(), page, size);
    }

    @GetMapping("/documents/{id}")
    DocumentView view(@PathVariable long id) {
        return archive.view(id);
    }

    @PostMapping(path = "/documents/{id}/pages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    List<DocumentPage> addPage(@PathVariable long id, @RequestParam int pageNo,
            @RequestPart(required = false) MultipartFile scan, @RequestParam(required = false) String transcription,
            @RequestParam(required = false) String translation,
            @RequestParam(required = false) String translationLanguage) throws java.io.IOException {
        byte[] bytes = scan == null || scan.isEmpty() ? null : scan.getBytes();
        return archive.addPages(id, List.of(new PageUpload(pageNo, bytes, transcription, translation,
                translationLanguage)));
    }

    @PostMapping(path = "/documents/{id}/pages", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<DocumentPage> addPages(@PathVariable long id, @RequestBody List<PageUpload> pages) {
        return archive.addPages(id, new ArrayList<>(pages));
    }

    @GetMapping("/documents/{id}/pages/{pageNo}/scan")
    ResponseEntity<byte[]> scan(@PathVariable long id, @PathVariable int pageNo) {
        ArchiveService.Scan s = archive.scan(id, pageNo).orElseThrow(() -> new NotFoundException("scan of page", pageNo));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(s.mediaType())).body(s.content());
    }

    @GetMapping("/search")
    PageSearchResult search(@RequestParam String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Page.check(page, size);
        return archive.search(q, page * size, size);
    }

    @PostMapping("/documents/{id}/share")
    Map<String, Object> share(@PathVariable long id, @RequestBody Map<String, String> body) {
        archive.share(id, body.get("basis"));
        return Map.of("shared", true, "document", id);
    }

    @PostMapping("/documents/{id}/leads")
    List<Lead> propose(@PathVariable long id) {
        return leads.propose(id);
    }

    @PostMapping("/leads/{id}/confirm")
    Link confirm(@PathVariable long id) {
        return leads.confirm(id);
    }

    @PostMapping("/leads/{id}/reject")
    Map<String, Object> reject(@PathVariable long id) {
        leads.reject(id);
        return Map.of("rejected", true, "lead", id);
    }
}
