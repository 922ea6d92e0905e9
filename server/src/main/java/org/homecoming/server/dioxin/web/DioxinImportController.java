package org.homecoming.server.dioxin.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.homecoming.dioxin.NonDetectBound;
import org.homecoming.dioxin.ResultsFormatException;
import org.homecoming.dioxin.TefSchemeId;
import org.homecoming.server.dioxin.DioxinService;
import org.homecoming.server.dioxin.ResultsPreview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /dioxin/imports}: a laboratory's results file previewed (each sample, its results and TEQ, whether it is
 * stored) before it is imported, all or nothing; a samples file imported the same way. Faults name file, line
 * and field. Who may post: {@code SecurityConfig} (laboratory analysts).
 */
@Controller
class DioxinImportController {

    static final String VIEW = "dioxin/imports";

    private final DioxinService dioxin;

    DioxinImportController(DioxinService dioxin) {
        this.dioxin = dioxin;
    }

    @GetMapping("/dioxin/imports")
    String page(Model model) {
        model.addAttribute("sites", dioxin.sites());
        return VIEW;
    }

    @PostMapping("/dioxin/imports/results/preview")
    String preview(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        String name = name(file, "results.csv");
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        model.addAttribute("sites", dioxin.sites());
        model.addAttribute("fileName", name);
        try {
            List<ResultsPreview> rows = dioxin.previewResults(name, text, TefSchemeId.WHO_2005, NonDetectBound.UPPER);
            model.addAttribute("preview", rows);
            model.addAttribute("text", text);
            model.addAttribute("importable", rows.stream().allMatch(r -> r.known() && r.problem() == null));
        } catch (ResultsFormatException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return VIEW;
    }

    @PostMapping("/dioxin/imports/results")
    String results(@RequestParam String fileName, @RequestParam String text, RedirectAttributes flash) {
        int n = dioxin.importResults(fileName, text);
        flash.addFlashAttribute("imported", n);
        flash.addFlashAttribute("importedFile", fileName);
        return "redirect:/dioxin/imports";
    }

    @PostMapping("/dioxin/imports/samples")
    String samples(@RequestParam String site, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
            throws IOException {
        String name = name(file, "samples.csv");
        int n = dioxin.importSamples(site, name, new String(file.getBytes(), StandardCharsets.UTF_8));
        flash.addFlashAttribute("imported", n);
        flash.addFlashAttribute("importedFile", name);
        return "redirect:/dioxin/imports";
    }

    private static String name(MultipartFile file, String fallback) {
        return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? fallback
                : Path.of(file.getOriginalFilename()).getFileName().toString();
    }
}
