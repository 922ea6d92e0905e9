package org.homecoming.server.assistance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.web.TableFiles;
import org.homecoming.server.web.RequestFields;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /assistance/dashboard?province=&year=}: the figures funders ask for, for every signed-in user (aggregates
 * only, small cells suppressed), drawn as charts and laid out as tables, and exported as {@code dashboard.csv} or
 * {@code dashboard.xlsx} in the reader's language (each export audited).
 */
@Controller
class AssistanceDashboardController {

    static final String VIEW = "assistance/dashboard";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AssistanceStatistics statistics;
    private final AssistanceService assistance;
    private final MessageSource messages;
    private final AuditLog audit;

    AssistanceDashboardController(AssistanceStatistics statistics, AssistanceService assistance, MessageSource messages,
            AuditLog audit) {
        this.statistics = statistics;
        this.assistance = assistance;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/assistance/dashboard")
    String page(@RequestParam(required = false) String province, @RequestParam(required = false) Integer year,
            Model model, Locale locale) {
        Statistics s = statistics.of(province, year, RequestFields.today());
        model.addAttribute("s", s);
        model.addAttribute("province", province == null ? "" : province);
        model.addAttribute("year", year);
        model.addAttribute("provinces", assistance.provinceNames());
        model.addAttribute("columns", columns(s));
        model.addAttribute("tables", List.of(rows(s, blocks(true), locale), rows(s, blocks(false), locale)));
        model.addAttribute("chart", chart(s, locale));
        model.addAttribute("mayOpenCases", assistance.maySeePersons());
        return VIEW;
    }

    @GetMapping("/assistance/dashboard.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String province, @RequestParam(required = false) Integer year,
            Locale locale) {
        Statistics s = statistics.of(province, year, RequestFields.today());
        StringWriter out = new StringWriter();
        try {
            TableFiles.csv(out, header(locale), flat(s, locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.EXPORT, "ASSISTANCE_STATISTICS", null, "dashboard csv" + scope(s));
        return file(out.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8", "assistance.csv");
    }

    @GetMapping("/assistance/dashboard.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String province,
            @RequestParam(required = false) Integer year, Locale locale) {
        Statistics s = statistics.of(province, year, RequestFields.today());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TableFiles.xlsx(out, "assistance", header(locale), flat(s, locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.EXPORT, "ASSISTANCE_STATISTICS", null, "dashboard xlsx" + scope(s));
        return file(out.toByteArray(), XLSX, "assistance.xlsx");
    }

    private static String scope(Statistics s) {
        return (s.province() == null ? "" : " " + s.province()) + (s.year() == null ? "" : " " + s.year());
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private List<String> header(Locale locale) {
        return List.of(msg("assistance.export.figure", locale), msg("assistance.sex", locale),
                msg("assistance.ageGroup", locale), msg("assistance.count", locale), msg("assistance.suppressed", locale));
    }

    /** One line per cell: the figure's label, sex, age group, the count (empty when suppressed), suppressed. */
    private List<List<Object>> flat(Statistics s, Locale locale) {
        List<List<Object>> out = new ArrayList<>();
        for (StatisticsCell c : s.cells()) {
            List<Object> row = new ArrayList<>();
            row.add(blockLabel(c.domain() != null ? c.domain() : c.service(), locale));
            row.add(msg("assistance.sex." + c.sex(), locale));
            row.add(msg("assistance.age." + c.ageGroup(), locale));
            row.add(c.count());
            row.add(msg(c.suppressed() ? "assistance.yes" : "assistance.no", locale));
            out.add(row);
        }
        for (Statistics.ProvinceCount p : s.provinces()) {
            String province = p.province().isEmpty() ? msg("assistance.unknownProvince", locale) : p.province();
            out.add(java.util.Arrays.asList(msg("assistance.figure.reached", locale) + " — " + province, "", "",
                    p.reached(), msg(p.reached() == null ? "assistance.yes" : "assistance.no", locale)));
            out.add(java.util.Arrays.asList(msg("assistance.figure.disability", locale) + " — " + province, "", "",
                    p.withDisability(), msg(p.withDisability() == null ? "assistance.yes" : "assistance.no", locale)));
        }
        Statistics.FollowUp f = s.followUp();
        String hidden = msg(f.suppressed() ? "assistance.yes" : "assistance.no", locale);
        out.add(java.util.Arrays.asList(msg("assistance.export.completed", locale), "", "", f.completed(), hidden));
        out.add(java.util.Arrays.asList(msg("assistance.export.followedUp", locale), "", "", f.followedUp(), hidden));
        return out;
    }

    private static List<String> blocks(boolean domains) {
        List<String> names = new ArrayList<>();
        if (domains) {
            names.add(AssistanceStatistics.REACHED);
            names.add(AssistanceStatistics.DISABILITY);
            for (FunctioningDomain d : FunctioningDomain.values()) {
                names.add(d.jsonName());
            }
        } else {
            for (ServiceCategory c : ServiceCategory.values()) {
                names.add(c.name());
            }
        }
        return names;
    }

    private static List<String> columns(Statistics s) {
        return s.block(AssistanceStatistics.REACHED).stream().map(c -> c.sex() + "|" + c.ageGroup()).toList();
    }

    private List<DashboardRow> rows(Statistics s, List<String> blocks, Locale locale) {
        return blocks.stream().map(b -> new DashboardRow(blockLabel(b, locale), s.block(b))).toList();
    }

    String blockLabel(String block, Locale locale) {
        if (AssistanceStatistics.REACHED.equals(block) || AssistanceStatistics.DISABILITY.equals(block)) {
            return msg("assistance.figure." + block, locale);
        }
        return FunctioningDomain.byJsonName(block).map(d -> msg("assistance.domain." + d.name(), locale))
                .orElseGet(() -> msg("assistance.category." + block, locale));
    }

    /** Per block, the shown counts summed by sex (suppressed cells left out, so the chart reveals no more). */
    private Map<String, Object> chart(Statistics s, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("domains", series(s, blocks(true).subList(1, blocks(true).size()), locale));
        out.put("services", series(s, blocks(false), locale));
        out.put("women", msg("assistance.sex.F", locale));
        out.put("men", msg("assistance.sex.M", locale));
        return out;
    }

    private Map<String, Object> series(Statistics s, List<String> blocks, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Integer> women = new ArrayList<>();
        List<Integer> men = new ArrayList<>();
        for (String b : blocks) {
            labels.add(blockLabel(b, locale));
            women.add(s.block(b).stream().filter(c -> "F".equals(c.sex()) && c.count() != null).mapToInt(StatisticsCell::count).sum());
            men.add(s.block(b).stream().filter(c -> "M".equals(c.sex()) && c.count() != null).mapToInt(StatisticsCell::count).sum());
        }
        return Map.of("labels", labels, "women", women, "men", men);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
