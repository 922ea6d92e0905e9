package org.homecoming.server.landrelease.summary;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/land-release/summary}: the summary figures for a province and year, and the rows behind
 * each figure ({@code sources?figure=cleared|reduced|cancelled|ordnance|casualties|education|remaining}).
 */
@RestController
@RequestMapping("/api/v1/land-release/summary")
class SummaryApiController {

    private final LandReleaseFigures figures;

    SummaryApiController(LandReleaseFigures figures) {
        this.figures = figures;
    }

    @GetMapping
    LandReleaseSummary summary(@RequestParam(required = false) String province,
            @RequestParam(required = false) Integer year) {
        return figures.summary(province, year);
    }

    @GetMapping("/sources")
    Sources sources(@RequestParam String figure, @RequestParam(required = false) String province,
            @RequestParam(required = false) Integer year) {
        return figures.sources(Figure.parse(figure), province, year);
    }
}
