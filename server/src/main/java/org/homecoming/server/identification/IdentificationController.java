package org.homecoming.server.identification;

import java.util.Locale;
import org.homecoming.server.security.CurrentUsers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The analysts' pages: search jobs with live progress (htmx polls a fragment), the review queue, a
 * remains with its candidates, a candidate's evidence panel, decisions and the report.
 */
@Controller
@RequestMapping("/identification")
class IdentificationController {

    static final String INDEX_VIEW = "identification/index";
    static final String JOB_VIEW = "identification/fragments :: job";
    static final String REMAINS_VIEW = "identification/remains";
    static final String CANDIDATE_VIEW = "identification/fragments :: detail";

    private final SearchJobs jobs;
    private final ReviewService review;
    private final DecisionService decisions;
    private final ReportService reports;
    private final IdentificationDashboard dashboard;
    private final CurrentUsers currentUsers;

    IdentificationController(SearchJobs jobs, ReviewService review, DecisionService decisions, ReportService reports,
            IdentificationDashboard dashboard, CurrentUsers currentUsers) {
        this.jobs = jobs;
        this.review = review;
        this.decisions = decisions;
        this.reports = reports;
        this.dashboard = dashboard;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    String index(@RequestParam(defaultValue = "4") double minLog10Lr, Model model) {
        model.addAttribute("jobs", jobs.recent(10));
        model.addAttribute("queue", review.queue(minLog10Lr));
        model.addAttribute("minLog10Lr", minLog10Lr);
        model.addAttribute("totals", dashboard.totals(minLog10Lr));
        model.addAttribute("byMonth", dashboard.confirmationsByMonth());
        return INDEX_VIEW;
    }

    @PostMapping("/searches")
    String search(@RequestParam(defaultValue = "ALL") String kind) {
        DecisionService.requireLab(currentUsers.get());
        jobs.submit(kind.toUpperCase(Locale.ROOT), currentUsers.get().username());
        return "redirect:/identification";
    }

    /** The progress fragment htmx polls while a job runs. */
    @GetMapping("/searches/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", jobs.find(id));
        return JOB_VIEW;
    }

    @GetMapping("/remains/{id}")
    String remains(@PathVariable long id, Model model) {
        var r = review.remains(id);
        model.addAttribute("remains", r);
        model.addAttribute("site", review.site(r));
        model.addAttribute("candidates", review.candidates(id));
        model.addAttribute("decisions", decisions.ofRemains(id));
        return REMAINS_VIEW;
    }

    @GetMapping("/candidates/{id}")
    String candidate(@PathVariable long id, Model model) {
        model.addAttribute("d", review.detail(id));
        return CANDIDATE_VIEW;
    }

    /**
     * The posterior under a prior the analyst typed, on the combined log10 LR the panel shows (the
     * panel passes it along so that each keystroke does not recompute the pair; a confirmation
     * recomputes it on the server).
     */
    @GetMapping(value = "/candidates/{id}/posterior", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String posterior(@PathVariable long id, @RequestParam double prior, @RequestParam double log10Lr) {
        DecisionService.requireLab(currentUsers.get());
        review.stored(id);
        return String.format(Locale.ROOT, "%.6f", Posterior.of(prior, log10Lr));
    }

    @PostMapping("/candidates/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam String reason, @RequestParam double prior) {
        Decision d = decisions.confirm(id, reason, prior);
        return "redirect:/identification/remains/" + d.remainsId();
    }

    @PostMapping("/candidates/{id}/reject")
    String reject(@PathVariable long id, @RequestParam String reason) {
        Decision d = decisions.reject(id, reason);
        return "redirect:/identification/remains/" + d.remainsId();
    }

    @GetMapping(value = "/decisions/{id}/report", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String report(@PathVariable long id, @RequestParam(defaultValue = "vi") String lang) {
        return reports.html(id, Locale.forLanguageTag(lang));
    }

    @GetMapping(value = "/decisions/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(defaultValue = "vi") String lang) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                "inline; filename=\"identification-" + id + "-" + lang + ".pdf\"")
                .body(reports.pdf(id, Locale.forLanguageTag(lang)));
    }
}
