package org.homecoming.server.cooperation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homecoming.server.web.Enums;
import org.homecoming.server.web.RequestFields;
import org.springframework.context.MessageSource;
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
 * The cooperation pages: {@code /cooperation} (every area at a glance), {@code /cooperation/areas/{area}} (the status
 * board: commitments overdue first, indicators against targets drawn with their source, the latest activities),
 * {@code /cooperation/meetings} (the timeline of meetings and what each decided) and
 * {@code /cooperation/briefing.pdf} (the bilingual briefing for a leaders' meeting).
 */
@Controller
class CooperationPageController {

    static final String OVERVIEW = "cooperation/overview";
    static final String BOARD = "cooperation/board";
    static final String MEETINGS = "cooperation/meetings";
    static final String EXCHANGE = "cooperation/exchange";

    private final CommitmentService commitments;
    private final IndicatorService indicators;
    private final MeetingService meetings;
    private final IatiActivityService activities;
    private final CooperationRoles roles;
    private final LeadersBriefing briefing;
    private final MessageSource messages;
    private final IatiExchange exchange;
    private final org.homecoming.server.geo.ProvinceMap provinces;

    CooperationPageController(CommitmentService commitments, IndicatorService indicators, MeetingService meetings,
            IatiActivityService activities, CooperationRoles roles, LeadersBriefing briefing, MessageSource messages,
            IatiExchange exchange, org.homecoming.server.geo.ProvinceMap provinces) {
        this.exchange = exchange;
        this.provinces = provinces;
        this.commitments = commitments;
        this.indicators = indicators;
        this.meetings = meetings;
        this.activities = activities;
        this.roles = roles;
        this.briefing = briefing;
        this.messages = messages;
    }

    /** An area's counts of commitments by how they stand. */
    public record AreaSummary(Area area, Map<CommitmentStatus.Standing, Integer> counts) {
        public int count(CommitmentStatus.Standing s) {
            return counts.getOrDefault(s, 0);
        }
    }

    @GetMapping("/cooperation")
    String overview(Model model) {
        List<Commitment> all = commitments.list(null, null);
        List<AreaSummary> areas = new ArrayList<>();
        for (Area a : Area.values()) {
            Map<CommitmentStatus.Standing, Integer> counts = new EnumMap<>(CommitmentStatus.Standing.class);
            all.stream().filter(c -> c.area() == a).forEach(c -> counts.merge(c.standing(), 1, Integer::sum));
            areas.add(new AreaSummary(a, counts));
        }
        model.addAttribute("areas", areas);
        model.addAttribute("standings", List.of(CommitmentStatus.Standing.values()));
        model.addAttribute("agreements", commitments.agreements());
        model.addAttribute("meetingList", meetings.timeline());
        model.addAttribute("mayRecord", roles.mayRecord());
        model.addAttribute("areaList", List.of(Area.values()));
        model.addAttribute("agreementKinds", List.of(AgreementKind.values()));
        model.addAttribute("meetingKinds", List.of(MeetingKind.values()));
        return OVERVIEW;
    }

    @PostMapping("/cooperation/agreements")
    String agreement(@RequestParam Map<String, String> f) {
        commitments.createAgreement(f.get("ref"), Enums.parse(AgreementKind.class, f.get("kind"), "kind"), f.get("titleVi"),
                f.get("titleEn"), RequestFields.pastDate(f.get("signedOn"), "signedOn"), f.get("archiveRef"));
        return "redirect:/cooperation";
    }

    @PostMapping("/cooperation/commitments")
    String commitment(@RequestParam Map<String, String> f) {
        String source = f.getOrDefault("source", "");
        boolean meeting = source.startsWith("MTG-");
        Area area = Enums.parse(Area.class, f.get("area"), "area");
        commitments.create(new CommitmentService.Draft(meeting || source.isBlank() ? null : source, meeting ? source : null,
                area, f.get("textVi"), f.get("textEn"), f.get("responsibleSide"), f.get("office"),
                RequestFields.date(f.get("periodStart"), "periodStart"), RequestFields.date(f.get("dueDate"), "dueDate")));
        return "redirect:/cooperation/areas/" + area.name();
    }

    /** One delegate per line: {@code name; title; VN|US}. */
    @PostMapping("/cooperation/meetings")
    String meeting(@RequestParam Map<String, String> f) {
        List<Meeting.Delegate> delegates = new ArrayList<>();
        for (String[] d : lines(f.get("delegates"), "delegates", 3)) {
            delegates.add(new Meeting.Delegate(d[0], d[1], d[2]));
        }
        meetings.create(Enums.parse(MeetingKind.class, f.get("kind"), "kind"),
                RequestFields.date(f.get("heldOn"), "heldOn"), f.get("place"), f.get("titleVi"), f.get("titleEn"),
                f.get("agenda"), delegates);
        return "redirect:/cooperation/meetings";
    }

    @GetMapping("/cooperation/areas/{area}")
    String board(@PathVariable String area, Model model, Locale locale) {
        Area a = Enums.parse(Area.class, area, "area");
        List<Indicator> list = indicators.list(a, RequestFields.today());
        model.addAttribute("area", a);
        model.addAttribute("commitments", commitments.list(a, null));
        model.addAttribute("indicators", list);
        model.addAttribute("chart", chart(list, locale));
        model.addAttribute("activities", activities.list(a).stream().limit(5).toList());
        model.addAttribute("mayRecord", roles.mayRecord());
        model.addAttribute("statuses", List.of(CommitmentStatus.IN_PROGRESS, CommitmentStatus.DONE, CommitmentStatus.DROPPED));
        model.addAttribute("evidenceKinds", List.of(CommitmentEvidenceKind.values()));
        return BOARD;
    }

    /**
     * Each indicator's actual as a share of its target (indicators of one area count different things, so they are
     * drawn against their own targets), with the figures themselves for the tooltip and its source in the label.
     */
    private Map<String, Object> chart(List<Indicator> list, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean vi = "vi".equals(locale.getLanguage());
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale);
        out.put("labels", list.stream().map(i -> (vi ? i.nameVi() : i.nameEn()) + " (" + msg("cooperation.source."
                + i.source(), locale) + ")").toList());
        out.put("percent", list.stream().map(i -> i.progress() == null ? null : Math.round(i.progress() * 1000) / 10.0)
                .toList());
        out.put("figures", list.stream().map(i -> messages.getMessage("cooperation.chart.figures", new Object[] {
            i.actual() == null ? "—" : number.format(i.actual()), i.target() == null ? "—" : number.format(i.target())},
                locale)).toList());
        out.put("axis", msg("cooperation.chart.percent", locale));
        return out;
    }

    @GetMapping("/cooperation/meetings")
    String meetings(Model model) {
        model.addAttribute("meetings", meetings.timeline());
        return MEETINGS;
    }

    @PostMapping("/cooperation/commitments/{id}/status")
    String status(@PathVariable long id, @RequestParam Map<String, String> f) {
        Commitment c = commitments.changeStatus(id, Enums.parse(CommitmentStatus.class, f.get("status"), "status"),
                RequestFields.date(f.get("changedOn"), "changedOn"), f.get("meetingRef"), f.get("note"));
        return "redirect:/cooperation/areas/" + c.area().name();
    }

    @PostMapping("/cooperation/commitments/{id}/evidence")
    String evidence(@PathVariable long id, @RequestParam Map<String, String> f) {
        Commitment c = commitments.addEvidence(id, Enums.parse(CommitmentEvidenceKind.class, f.get("kind"), "kind"),
                f.get("targetRef"), f.get("note"));
        return "redirect:/cooperation/areas/" + c.area().name();
    }

    @GetMapping("/cooperation/exchange")
    String exchange(Model model) {
        model.addAttribute("activities", activities.list(null));
        model.addAttribute("mayRecord", roles.mayRecord());
        model.addAttribute("areaList", List.of(Area.values()));
        model.addAttribute("activityStatuses", List.of(IatiActivityStatus.values()));
        model.addAttribute("provinceNames", provinces.todays());
        return EXCHANGE;
    }

    /** The other side's IATI file or signed package: reconciled, and stored when the officer asked for it. */
    @PostMapping("/cooperation/exchange/imports")
    String importFile(@RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @RequestParam(defaultValue = "false") boolean apply, Model model) throws java.io.IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        IatiExchange.Imported r = name.toLowerCase(Locale.ROOT).endsWith(".zip") ? exchange.importPackage(file.getBytes(),
                apply) : exchange.importFile(file.getBytes(), name, apply);
        model.addAttribute("imported", r);
        return exchange(model);
    }

    /**
     * Records an activity from the exchange page. Lists are one a line, fields separated by {@code ;}: participants
     * {@code ref; name; FUNDING|ACCOUNTABLE|EXTENDING|IMPLEMENTING} (ref may be empty), budgets
     * {@code start; end; amount; currency}, transactions {@code type; date; amount; currency; provider}.
     */
    @PostMapping("/cooperation/exchange/activities")
    String saveActivity(@RequestParam Map<String, String> f) {
        IatiActivity.Organisation reporting = new IatiActivity.Organisation(RequestFields.text(f.get("reportingRef"),
                "reportingRef", 200), RequestFields.text(f.get("reportingName"), "reportingName", 300));
        List<IatiActivity.Participant> participants = new ArrayList<>();
        for (String[] p : lines(f.get("participants"), "participants", 3)) {
            participants.add(new IatiActivity.Participant(p[0].isEmpty() ? null : p[0], p[1],
                    Enums.parse(OrganisationRole.class, p[2], "participants.role")));
        }
        List<IatiActivity.Budget> budgets = new ArrayList<>();
        for (String[] b : lines(f.get("budgets"), "budgets", 4)) {
            budgets.add(new IatiActivity.Budget(RequestFields.date(b[0], "budgets.start"), RequestFields.date(b[1],
                    "budgets.end"), amount(b[2], "budgets.amount"), b[3].toUpperCase(Locale.ROOT)));
        }
        List<IatiActivity.Transaction> transactions = new ArrayList<>();
        for (String[] t : lines(f.get("transactions"), "transactions", 5)) {
            transactions.add(new IatiActivity.Transaction(Enums.parse(TransactionType.class, t[0], "transactions.type"),
                    RequestFields.date(t[1], "transactions.date"), amount(t[2], "transactions.amount"),
                    t[3].toUpperCase(Locale.ROOT), t[4].isEmpty() ? null : new IatiActivity.Organisation(null, t[4]), null));
        }
        String area = f.get("area");
        activities.save(new IatiActivity(RequestFields.text(f.get("identifier"), "identifier", 200), reporting,
                RequestFields.text(f.get("titleVi"), "titleVi", 500), RequestFields.text(f.get("titleEn"), "titleEn", 500),
                RequestFields.text(f.get("descriptionVi"), "descriptionVi", 4000),
                RequestFields.text(f.get("descriptionEn"), "descriptionEn", 4000), participants,
                Enums.parse(IatiActivityStatus.class, f.get("status"), "status"),
                RequestFields.date(f.get("plannedStart"), "plannedStart"), RequestFields.date(f.get("actualStart"), "actualStart"),
                RequestFields.date(f.get("plannedEnd"), "plannedEnd"), RequestFields.date(f.get("actualEnd"), "actualEnd"),
                RequestFields.text(f.get("province"), "province", 200), RequestFields.text(f.get("provinceBefore"),
                        "provinceBefore", 200), RequestFields.text(f.get("sectorCode"), "sectorCode", 5),
                area == null || area.isBlank() ? null : Enums.parse(Area.class, area, "area"), budgets, transactions,
                List.of(), List.of(), List.of()));
        return "redirect:/cooperation/exchange";
    }

    /** The non-blank lines of a list field, each split on {@code ;} into exactly {@code fields} trimmed parts. */
    private static List<String[]> lines(String text, String field, int fields) {
        List<String[]> out = new ArrayList<>();
        int n = 0;
        for (String line : (text == null ? "" : text).split("\\R")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", -1);
            if (parts.length != fields) {
                throw new IllegalArgumentException(field + ": line " + n + ": " + fields + " fields separated by ';': "
                        + line.strip());
            }
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].strip();
            }
            out.add(parts);
        }
        return out;
    }

    private static java.math.BigDecimal amount(String text, String field) {
        Double d = RequestFields.number(text, field);
        if (d == null) {
            throw new IllegalArgumentException(field + ": required");
        }
        return java.math.BigDecimal.valueOf(d);
    }

    @PostMapping("/cooperation/exchange/package")
    ResponseEntity<byte[]> exportPackage(@RequestParam String consentBasis) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("iati-package-" + RequestFields.today() + ".zip").build().toString())
                .body(exchange.exportPackage(consentBasis));
    }

    @GetMapping("/cooperation/briefing.pdf")
    ResponseEntity<byte[]> briefing() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("briefing-" + RequestFields.today() + ".pdf").build().toString())
                .body(briefing.pdf());
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
