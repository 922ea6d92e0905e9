package org.homecoming.server.landrelease.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homecoming.server.web.Labels;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /land-release}: the dashboards of the mine action centres (charts and tables for a province and
 * year) and their tables as CSV and XLSX ({@code export.csv?table=released|ordnance|casualties|education|remaining}).
 */
@Controller
class SummaryPageController {

    static final String VIEW = "landrelease/summary";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SummaryTables tables;
    private final SummaryExports exports;
    private final LandReleaseFigures figures;
    private final Labels labels;

    SummaryPageController(SummaryTables tables, SummaryExports exports, LandReleaseFigures figures, Labels labels) {
        this.tables = tables;
        this.exports = exports;
        this.figures = figures;
        this.labels = labels;
    }

    @GetMapping("/land-release")
    String page(@RequestParam(required = false) String province, @RequestParam(required = false) Integer year,
            Model model) {
        Map<String, SummaryTable> all = new LinkedHashMap<>();
        SummaryTables.NAMES.forEach(name -> all.put(name, tables.table(name, province, year)));
        model.addAttribute("province", province == null ? "" : province.strip());
        model.addAttribute("year", year);
        model.addAttribute("provinces", figures.provinces());
        model.addAttribute("tables", all.values());
        model.addAttribute("released", SummaryCharts.stacked(all.get("released"),
                List.of("CANCELLED", "REDUCED", "CLEARED"), 2, 2));
        model.addAttribute("casualties", SummaryCharts.stacked(all.get("casualties"), List.of("KILLED", "INJURED"), 1, 1));
        model.addAttribute("education", SummaryCharts.stacked(all.get("education"),
                List.of("GIRLS", "BOYS", "WOMEN", "MEN"), 1, 1));
        SummaryTable ordnance = all.get("ordnance");
        model.addAttribute("ordnance", SummaryCharts.bars(ordnance, 1,
                labels.ofEach("device", ordnance.rows().stream().map(SummaryTable.Row::label).toList())));
        model.addAttribute("remaining", SummaryCharts.bars(all.get("remaining"), 2,
                Map.of(SummaryTables.UNKNOWN_PROVINCE, labels.of("summary", "unknownProvince"))));
        return VIEW;
    }

    @GetMapping("/land-release/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam String table, @RequestParam(required = false) String province,
            @RequestParam(required = false) Integer year, Locale locale) throws IOException {
        StringWriter out = new StringWriter();
        exports.csv(tables.table(table, province, year), locale, out);
        return file(out.toString().getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                table + ".csv");
    }

    @GetMapping("/land-release/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam String table, @RequestParam(required = false) String province,
            @RequestParam(required = false) Integer year, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.xlsx(tables.table(table, province, year), locale, out);
        return file(out.toByteArray(), XLSX, table + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("land-release-" + name).build().toString()).body(body);
    }
}
