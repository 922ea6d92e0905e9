package org.homecoming.server.dioxin.cleanup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /dioxin/sites/{code}/cleanup}: the progress against the plan (figures, a chart per phase, the cumulative
 * volumes over time), the records behind it, the forms remediation officers add records with, and
 * {@code .../cleanup/report.pdf?lang=vi|en}, the progress report.
 */
@Controller
class CleanupPageController {

    static final String VIEW = "dioxin/cleanup";

    private final CleanupService cleanup;
    private final CleanupReport report;

    CleanupPageController(CleanupService cleanup, CleanupReport report) {
        this.cleanup = cleanup;
        this.report = report;
    }

    @GetMapping("/dioxin/sites/{code}/cleanup")
    String page(@PathVariable String code, Model model) {
        Cleanup c = cleanup.of(code);
        model.addAttribute("c", c);
        model.addAttribute("p", c.progress());
        model.addAttribute("technologies", List.of(Technology.values()));
        model.addAttribute("containments", List.of(Containment.values()));
        return VIEW;
    }

    @PostMapping("/dioxin/sites/{code}/cleanup/{kind}")
    String record(@PathVariable String code, @PathVariable String kind, @RequestParam Map<String, String> fields) {
        fields.remove("_csrf");
        cleanup.record(code, CleanupService.Kind.parse(kind), fields);
        return "redirect:/dioxin/sites/" + code + "/cleanup";
    }

    @GetMapping("/dioxin/sites/{code}/cleanup/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(code + "-cleanup-" + locale.getLanguage() + ".pdf").build().toString())
                .body(report.pdf(cleanup.of(code), locale));
    }
}
