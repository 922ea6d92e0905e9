package org.homecoming.server.registry;

import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.Page;
import org.homecoming.server.web.StaleVersionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/remains} and {@code /api/v1/sites}: recovered remains with their samples and
 * non-DNA candidates, sites with their remains.
 */
@RestController
@RequestMapping("/api/v1")
class RemainsApiController {

    private final RemainsRepository remains;
    private final SiteRepository sites;
    private final GeneticsRepository genetics;
    private final ComparisonService comparisons;
    private final AuditLog audit;

    RemainsApiController(RemainsRepository remains, SiteRepository sites, GeneticsRepository genetics,
            ComparisonService comparisons, AuditLog audit) {
        this.remains = remains;
        this.sites = sites;
        this.genetics = genetics;
        this.comparisons = comparisons;
        this.audit = audit;
    }

    @GetMapping("/remains")
    Page<Remains> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page.check(page, size);
        return new Page<>(remains.page(page * size, size), remains.count(), page, size);
    }

    @GetMapping("/remains/{id}")
    Remains get(@PathVariable long id) {
        return remains.find(id).orElseThrow(() -> new NotFoundException("remains", id));
    }

    /** The body of a status change: the new status, the person identified (or null) and the version seen. */
    record StatusRequest(String status, Long identifiedPersonId, int version) {
    }

    /** Remains statuses set only by the identification (IDENTIFIED) and the closure records (REBURIED, REPATRIATED). */
    static final List<String> EVIDENCED = List.of("IDENTIFIED", "REBURIED", "REPATRIATED");

    @PutMapping("/remains/{id}/status")
    Remains setStatus(@PathVariable long id, @RequestBody StatusRequest r) {
        Remains old = get(id);
        if (!List.of("RECOVERED", "SAMPLED", "PROFILED", "UNDER_IDENTIFICATION", "IDENTIFIED", "REBURIED",
                "REPATRIATED").contains(r.status())) {
            throw new IllegalArgumentException("status is not a remains status: " + r.status());
        }
        boolean changes = !old.status().equals(r.status())
                || !java.util.Objects.equals(old.identifiedPersonId(), r.identifiedPersonId());
        if (changes && (EVIDENCED.contains(r.status()) || EVIDENCED.contains(old.status()) || r.identifiedPersonId() != null)) {
            throw new EvidenceRequiredException("remains " + id + ": status " + r.status() + " and the person identified"
                    + " are set only by a DNA identification confirmed by two analysts and the reburial or repatriation"
                    + " record of that person, not by a status change (now " + old.status() + ")");
        }
        if (!remains.updateStatus(id, r.status(), r.identifiedPersonId(), r.version())) {
            throw new StaleVersionException("remains", id, r.version());
        }
        audit.record(AuditAction.UPDATE, "REMAINS", id, "status " + old.status() + " -> " + r.status()
                + (r.identifiedPersonId() == null ? "" : " as person " + r.identifiedPersonId()));
        return get(id);
    }

    @GetMapping("/remains/{id}/samples")
    List<Sample> samples(@PathVariable long id) {
        get(id);
        return genetics.samplesOf("REMAINS", id);
    }

    @GetMapping("/remains/{id}/candidates")
    List<Comparison> candidates(@PathVariable long id, @RequestParam(defaultValue = "20") int limit) {
        return comparisons.candidates(id, limit);
    }

    @GetMapping("/sites")
    Page<Site> sites(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Page.check(page, size);
        return new Page<>(sites.page(page * size, size), sites.count(), page, size);
    }

    @GetMapping("/sites/{id}")
    Site site(@PathVariable long id) {
        return sites.find(id).orElseThrow(() -> new NotFoundException("site", id));
    }

    @GetMapping("/sites/{id}/remains")
    List<Remains> remainsAt(@PathVariable long id) {
        site(id);
        return remains.atSite(id);
    }
}
