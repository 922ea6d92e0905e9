package org.homecoming.server.identification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.imports.LineageReferenceReader;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/identification}: search jobs, the review queue, candidates with their evidence,
 * decisions (four eyes) and the identification report. Laboratory analysts only (SecurityConfig).
 */
@RestController
@RequestMapping("/api/v1/identification")
class IdentificationApiController {

    private final SearchJobs jobs;
    private final ReviewService review;
    private final DecisionService decisions;
    private final ReportService reports;
    private final FrequencyRepository frequencies;
    private final LineageReferenceRepository lineageReferences;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    IdentificationApiController(SearchJobs jobs, ReviewService review, DecisionService decisions, ReportService reports,
            FrequencyRepository frequencies, LineageReferenceRepository lineageReferences, AuditLog audit,
            CurrentUsers currentUsers) {
        this.lineageReferences = lineageReferences;
        this.jobs = jobs;
        this.review = review;
        this.decisions = decisions;
        this.reports = reports;
        this.frequencies = frequencies;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    /** A frequency table in the list format becomes the active one for the next searches. */
    @PostMapping(value = "/frequencies", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<Map<String, Object>> frequencies(@RequestParam String name, @RequestBody String table) {
        DecisionService.requireLab(currentUsers.get());
        long id = frequencies.store(name.strip(), table, currentUsers.get().username());
        audit.record(AuditAction.CREATE, "FREQUENCY_DB", id, name.strip());
        StoredFrequencies f = frequencies.find(id);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", f.id(), "name", f.name(), "sha256", f.sha256()));
    }

    @GetMapping("/frequencies/active")
    Map<String, Object> activeFrequencies() {
        StoredFrequencies f = frequencies.active();
        return Map.of("id", f.id(), "name", f.name(), "sha256", f.sha256());
    }

    /**
     * A population reference set ({@code lineage_reference.csv}) becomes the active one for the next
     * searches; refused whole (422, every problem as {@code lineage_reference.csv:LINE: FIELD: PROBLEM}).
     */
    @PostMapping(value = "/lineage-reference", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/csv"})
    ResponseEntity<Object> lineageReference(@RequestParam String name, @RequestParam(required = false) String source,
            @RequestBody String csv) {
        DecisionService.requireLab(currentUsers.get());
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        LineageReferenceReader.Result read = LineageReferenceReader.read(csv);
        if (!read.ok()) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("problems", read.problems()));
        }
        long id = lineageReferences.store(name.strip(), source == null || source.isBlank() ? null : source.strip(),
                read.rows(), currentUsers.get().username());
        StoredLineageReference set = lineageReferences.find(id).orElseThrow();
        audit.record(AuditAction.CREATE, "LINEAGE_REFERENCE", id, set.describe());
        return ResponseEntity.status(HttpStatus.CREATED).body(set);
    }

    @GetMapping("/lineage-reference/active")
    ResponseEntity<StoredLineageReference> activeLineageReference() {
        return ResponseEntity.of(lineageReferences.active());
    }

    /** Body of a decision: the reason, and for a confirmation the prior probability used. */
    record DecisionRequest(String reason, Double prior) {
    }

    @PostMapping("/searches")
    ResponseEntity<SearchJob> search(@RequestParam(defaultValue = "ALL") String kind) {
        DecisionService.requireLab(currentUsers.get());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.submit(kind.toUpperCase(Locale.ROOT),
                currentUsers.get().username()));
    }

    @GetMapping("/searches")
    List<SearchJob> searches() {
        return jobs.recent(50);
    }

    @GetMapping("/searches/{id}")
    SearchJob searchJob(@PathVariable long id) {
        return jobs.find(id);
    }

    @GetMapping("/queue")
    List<QueueEntry> queue(@RequestParam(defaultValue = "4") double minLog10Lr) {
        return review.queue(minLog10Lr);
    }

    @GetMapping("/remains/{id}/candidates")
    List<CandidateView> candidates(@PathVariable long id) {
        return review.candidates(id);
    }

    @GetMapping("/candidates/{id}")
    CandidateDetail candidate(@PathVariable long id) {
        return review.detail(id);
    }

    @PostMapping("/candidates/{id}/confirm")
    Decision confirm(@PathVariable long id, @RequestBody DecisionRequest body) {
        double prior = body.prior() != null ? body.prior() : review.defaultPrior(review.stored(id));
        return decisions.confirm(id, body.reason(), prior);
    }

    @PostMapping("/candidates/{id}/reject")
    Decision reject(@PathVariable long id, @RequestBody DecisionRequest body) {
        return decisions.reject(id, body.reason());
    }

    @GetMapping("/decisions/{id}")
    Decision decision(@PathVariable long id) {
        return decisions.view(id);
    }

    @GetMapping(value = "/decisions/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(defaultValue = "vi") String lang) {
        byte[] pdf = reports.pdf(id, Locale.forLanguageTag(lang));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"identification-" + id + "-" + lang + ".pdf\"").body(pdf);
    }
}
