package org.homecoming.server.registry;

import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The browser pages of remains: the list and the remains page with its non-DNA candidates. */
@Controller
class RemainsController {

    static final String LIST_VIEW = "remains/list";
    static final String DETAIL_VIEW = "remains/detail";

    private final RemainsRepository remains;
    private final SiteRepository sites;
    private final GeneticsRepository genetics;
    private final ComparisonService comparisons;

    RemainsController(RemainsRepository remains, SiteRepository sites, GeneticsRepository genetics,
            ComparisonService comparisons) {
        this.remains = remains;
        this.sites = sites;
        this.genetics = genetics;
        this.comparisons = comparisons;
    }

    @GetMapping("/remains")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page.check(page, 50);
        model.addAttribute("result", new Page<>(remains.page(page * 50, 50), remains.count(), page, 50));
        return LIST_VIEW;
    }

    @GetMapping("/remains/{id}")
    String show(@PathVariable long id, Model model) {
        Remains r = remains.find(id).orElseThrow(() -> new NotFoundException("remains", id));
        model.addAttribute("r", r);
        model.addAttribute("site", sites.find(r.siteId()).orElseThrow());
        model.addAttribute("samples", genetics.samplesOf("REMAINS", id));
        model.addAttribute("candidates", comparisons.candidates(id, 15));
        return DETAIL_VIEW;
    }
}
