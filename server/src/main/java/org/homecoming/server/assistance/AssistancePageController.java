package org.homecoming.server.assistance;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * The social workers' pages: {@code /assistance} (case list with search and a registration form),
 * {@code /assistance/persons/{id}} (the person: functioning over time as a chart, the services timeline, causes and
 * consents, and the forms to add to them), {@code /assistance/worklist} (a province's open referrals) and
 * {@code /assistance/persons/{id}/summary.pdf} (a one-page summary for the family, in Vietnamese).
 */
@Controller
class AssistancePageController {

    static final String LIST = "assistance/list";
    static final String PERSON = "assistance/person";
    static final String WORKLIST = "assistance/worklist";

    private final AssistanceService assistance;
    private final FamilySummary summary;
    private final MessageSource messages;

    AssistancePageController(AssistanceService assistance, FamilySummary summary, MessageSource messages) {
        this.assistance = assistance;
        this.summary = summary;
        this.messages = messages;
    }

    @GetMapping("/assistance")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String province, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("province", province == null ? "" : province);
        model.addAttribute("provinces", assistance.provinceNames());
        model.addAttribute("persons", assistance.search(q, province));
        model.addAttribute("providers", assistance.providers());
        model.addAttribute("providerKinds", List.of(ProviderKind.values()));
        return LIST;
    }

    @PostMapping("/assistance/providers")
    String addProvider(@RequestParam Map<String, String> f) {
        assistance.addProvider(f.get("name"), Enums.parse(ProviderKind.class, f.get("kind"), "kind"), f.get("province"),
                f.get("contact"));
        return "redirect:/assistance#providers";
    }

    @PostMapping("/assistance/persons")
    String register(@RequestParam Map<String, String> f) {
        long id = assistance.register(new PersonRequest(f.get("fullName"), f.get("sex"), f.get("birthDate"),
                f.get("province"), f.get("provinceBefore"), f.get("communeCodeBefore"), f.get("communeCode"),
                f.get("address"), f.get("household"), f.get("contact"), null,
                new PersonRequest.ConsentRequest(f.containsKey("consentRegister"), f.containsKey("consentShare"),
                        f.containsKey("consentStatistics")), RequestFields.pastDate(f.get("consentDate"), "consentDate")));
        return "redirect:/assistance/persons/" + id;
    }

    @GetMapping("/assistance/persons/{id}")
    String person(@PathVariable long id, Model model, Locale locale) {
        PersonRecord r = assistance.record(id);
        model.addAttribute("r", r);
        model.addAttribute("p", r.person());
        model.addAttribute("domains", List.of(FunctioningDomain.values()));
        model.addAttribute("chart", chart(r, locale));
        model.addAttribute("providers", assistance.providers());
        model.addAttribute("categories", List.of(ServiceCategory.values()));
        model.addAttribute("items", List.of(AssistiveItem.values()));
        model.addAttribute("outcomes", List.of(FollowUpOutcome.values()));
        model.addAttribute("scopes", List.of(ConsentPurpose.values()));
        model.addAttribute("causeKinds", List.of(CauseKind.values()));
        model.addAttribute("types", List.of(LegalDisabilityType.values()));
        model.addAttribute("levels", List.of(LegalLevel.values()));
        model.addAttribute("answers", List.of(Difficulty.values()));
        model.addAttribute("priorities", List.of(NeedPriority.values()));
        model.addAttribute("mayChange", assistance.mayChange(r.person()));
        model.addAttribute("today", RequestFields.today());
        return PERSON;
    }

    /** The chart's data: dates, and per domain its label and codes; the answers' labels for the axis. */
    private Map<String, Object> chart(PersonRecord r, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dates", r.assessments().stream().map(a -> a.assessedOn().toString()).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (FunctioningDomain d : FunctioningDomain.values()) {
            series.add(Map.of("label", messages.getMessage("assistance.domain." + d.name(), null, locale),
                    "codes", r.assessments().stream().map(a -> a.answers().get(d).code()).toList()));
        }
        out.put("series", series);
        List<String> answers = new ArrayList<>();
        for (Difficulty x : Difficulty.values()) {
            answers.add(messages.getMessage("assistance.answer." + x.name(), null, locale));
        }
        out.put("answers", answers);
        out.put("title", messages.getMessage("assistance.chart.functioning", null, locale));
        return out;
    }

    @PostMapping("/assistance/persons/{id}/assessments")
    String assess(@PathVariable long id, @RequestParam Map<String, String> f) {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (FunctioningDomain d : FunctioningDomain.values()) {
            raw.put(d.jsonName(), f.get(d.jsonName()));
        }
        assistance.assess(id, RequestFields.pastDate(f.get("date"), "date"), FunctioningAnswers.parse(raw));
        return back(id);
    }

    @PostMapping("/assistance/persons/{id}/consents")
    String consent(@PathVariable long id, @RequestParam Map<String, String> f) {
        assistance.consent(id, Enums.parse(ConsentPurpose.class, f.get("scope"), "scope"), "true".equals(f.get("granted")),
                RequestFields.date(f.get("effectiveOn"), "effectiveOn"), f.get("note"));
        return back(id);
    }

    @PostMapping("/assistance/persons/{id}/certificates")
    String certify(@PathVariable long id, @RequestParam Map<String, String> f) {
        assistance.certify(id, Enums.parse(LegalDisabilityType.class, f.get("type"), "type"),
                Enums.parse(LegalLevel.class, f.get("level"), "level"),
                RequestFields.pastDate(f.get("certifiedOn"), "certifiedOn"), f.get("council"));
        return back(id);
    }

    @PostMapping("/assistance/persons/{id}/causes")
    String cause(@PathVariable long id, @RequestParam Map<String, String> f) {
        assistance.addCause(id, new Cause(0, Enums.parse(CauseKind.class, f.get("kind"), "kind"), f.get("victimRef"),
                null, f.get("exposurePlace"), RequestFields.whole(f.get("exposureFrom"), "exposureFrom"),
                RequestFields.whole(f.get("exposureTo"), "exposureTo"),
                RequestFields.whole(f.get("generation"), "generation"), f.get("description")));
        return back(id);
    }

    @PostMapping("/assistance/persons/{id}/referrals")
    String refer(@PathVariable long id, @RequestParam Map<String, String> f) {
        String item = f.get("item");
        Integer provider = RequestFields.whole(f.get("providerId"), "providerId");
        if (provider == null) {
            throw new IllegalArgumentException("providerId: missing");
        }
        assistance.refer(id, Enums.parse(ServiceCategory.class, f.get("category"), "category"),
                item == null || item.isBlank() ? null : Enums.parse(AssistiveItem.class, item, "item"), provider,
                RequestFields.date(f.get("referredOn"), "referredOn"), null, f.get("note"),
                f.get("needId") == null || f.get("needId").isBlank() ? null
                        : Long.valueOf(RequestFields.whole(f.get("needId"), "needId")));
        return back(id);
    }

    @PostMapping("/assistance/persons/{id}/needs")
    String need(@PathVariable long id, @RequestParam Map<String, String> f) {
        String item = f.get("item");
        assistance.addNeed(id, Enums.parse(ServiceCategory.class, f.get("category"), "category"),
                item == null || item.isBlank() ? null : Enums.parse(AssistiveItem.class, item, "item"),
                Enums.parse(NeedPriority.class, f.get("priority"), "priority"),
                RequestFields.date(f.get("assessedOn"), "assessedOn"), f.get("note"));
        return back(id);
    }

    @PostMapping("/assistance/referrals/{id}/status")
    String move(@PathVariable long id, @RequestParam Map<String, String> f) {
        Double cost = RequestFields.number(f.get("costVnd"), "costVnd");
        Referral r = assistance.move(id, Enums.parse(ServiceStatus.class, f.get("status"), "status"),
                RequestFields.date(f.get("date"), "date"), cost == null ? null : BigDecimal.valueOf(cost));
        return back(r.personId());
    }

    @PostMapping("/assistance/referrals/{id}/follow-ups")
    String followUp(@PathVariable long id, @RequestParam Map<String, String> f) {
        return back(assistance.followUp(id, RequestFields.pastDate(f.get("visitedOn"), "visitedOn"),
                Enums.parse(FollowUpOutcome.class, f.get("outcome"), "outcome"), f.get("note")));
    }

    @GetMapping("/assistance/worklist")
    String worklist(@RequestParam(required = false) String province, Model model) {
        model.addAttribute("province", province == null ? "" : province);
        model.addAttribute("provinces", assistance.provinceNames());
        model.addAttribute("items", assistance.worklist(province));
        return WORKLIST;
    }

    @GetMapping("/assistance/persons/{id}/summary.pdf")
    ResponseEntity<byte[]> summary(@PathVariable long id) {
        PersonRecord r = assistance.recordUnaudited(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(r.person().ref() + "-tom-tat.pdf").build().toString())
                .body(summary.pdf(r));
    }

    private static String back(long personId) {
        return "redirect:/assistance/persons/" + personId;
    }
}
