package org.homecoming.server.assistance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.web.Enums;
import org.homecoming.server.web.RequestFields;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The disability-assistance API (docs/assistance.md): persons, their assessments, consents, certificates, causes
 * and referrals, the worklist, providers, and statistics. Who may call what: {@code SecurityConfig} (statistics for
 * every signed-in user, the rest for social workers) and {@link AssistanceService}.
 *
 * <pre>{@code
 * POST /api/v1/assistance/persons/42/assessments
 * {"date":"2026-05-02","answers":{"seeing":1,"hearing":1,"walking":3,"remembering":1,"selfCare":2,"communicating":1}}
 * }</pre>
 */
@RestController
@RequestMapping("/api/v1/assistance")
class AssistanceApiController {

    private final AssistanceService assistance;
    private final AssistanceStatistics statistics;

    AssistanceApiController(AssistanceService assistance, AssistanceStatistics statistics) {
        this.assistance = assistance;
        this.statistics = statistics;
    }

    @PostMapping("/persons")
    ResponseEntity<Map<String, Object>> register(@RequestBody JsonNode body) {
        JsonNode c = body.get("consent");
        PersonRequest r = new PersonRequest(text(body, "fullName"), text(body, "sex"), text(body, "birthDate"),
                text(body, "province"), text(body, "provinceBefore"), text(body, "communeCodeBefore"),
                text(body, "communeCode"), text(body, "address"), text(body, "household"), text(body, "contact"),
                whole(body, "registryMemberId"), c == null || c.isNull() ? null : new PersonRequest.ConsentRequest(
                        flag(c, "register"), flag(c, "share"), flag(c, "statistics")),
                RequestFields.date(text(body, "consentDate"), "consentDate"));
        long id = assistance.register(r);
        return ResponseEntity.status(201).body(summary(assistance.recordUnaudited(id).person()));
    }

    @GetMapping("/persons")
    List<Map<String, Object>> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String province) {
        return assistance.search(q, province).stream().map(AssistanceApiController::summary).toList();
    }

    @GetMapping("/persons/{id}")
    PersonRecord person(@PathVariable long id) {
        return assistance.record(id);
    }

    @PostMapping("/persons/{id}/assessments")
    ResponseEntity<Map<String, Object>> assess(@PathVariable long id, @RequestBody JsonNode body) {
        JsonNode answers = body.get("answers");
        if (answers == null || !answers.isObject()) {
            throw new IllegalArgumentException("answers: missing (an object of the six domains, 1 to 4 each)");
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        answers.fields().forEachRemaining(e -> raw.put(e.getKey(), e.getValue().isNull() ? null
                : e.getValue().isNumber() || e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        Assessment a = assistance.assess(id, RequestFields.date(text(body, "date"), "date"), FunctioningAnswers.parse(raw));
        return ResponseEntity.status(201).body(assessment(a));
    }

    static Map<String, Object> assessment(Assessment a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("personId", a.personId());
        out.put("date", a.assessedOn().toString());
        out.put("answers", a.answers().codes());
        out.put("disability", a.disability());
        out.put("disabilityDomains", a.answers().disabilityDomains().stream().map(FunctioningDomain::jsonName).toList());
        return out;
    }

    @PostMapping("/persons/{id}/consents")
    ResponseEntity<PersonRecord> consent(@PathVariable long id, @RequestBody JsonNode body) {
        Boolean granted = flag(body, "granted");
        if (granted == null) {
            throw new IllegalArgumentException("granted: missing (true to give, false to withdraw)");
        }
        assistance.consent(id, Enums.parse(ConsentPurpose.class, text(body, "scope"), "scope"), granted,
                RequestFields.date(text(body, "effectiveOn"), "effectiveOn"), text(body, "note"));
        return ResponseEntity.status(201).body(assistance.recordUnaudited(id));
    }

    @PostMapping("/persons/{id}/certificates")
    ResponseEntity<PersonRecord> certify(@PathVariable long id, @RequestBody JsonNode body) {
        assistance.certify(id, Enums.parse(LegalDisabilityType.class, text(body, "type"), "type"),
                Enums.parse(LegalLevel.class, text(body, "level"), "level"),
                RequestFields.pastDate(text(body, "certifiedOn"), "certifiedOn"), text(body, "council"));
        return ResponseEntity.status(201).body(assistance.recordUnaudited(id));
    }

    @PostMapping("/persons/{id}/causes")
    ResponseEntity<PersonRecord> cause(@PathVariable long id, @RequestBody JsonNode body) {
        assistance.addCause(id, new Cause(0, Enums.parse(CauseKind.class, text(body, "kind"), "kind"),
                text(body, "victimRef"), null, text(body, "exposurePlace"), integer(body, "exposureFrom"),
                integer(body, "exposureTo"), integer(body, "generation"), text(body, "description")));
        return ResponseEntity.status(201).body(assistance.recordUnaudited(id));
    }

    @PostMapping("/persons/{id}/needs")
    ResponseEntity<PersonRecord> need(@PathVariable long id, @RequestBody JsonNode body) {
        String item = text(body, "item");
        assistance.addNeed(id, Enums.parse(ServiceCategory.class, text(body, "category"), "category"),
                item == null ? null : Enums.parse(AssistiveItem.class, item, "item"),
                Enums.parse(NeedPriority.class, text(body, "priority"), "priority"),
                RequestFields.date(text(body, "assessedOn"), "assessedOn"), text(body, "note"));
        return ResponseEntity.status(201).body(assistance.recordUnaudited(id));
    }

    @PostMapping("/persons/{id}/referrals")
    ResponseEntity<Referral> refer(@PathVariable long id, @RequestBody JsonNode body) {
        String item = text(body, "item");
        Long provider = whole(body, "providerId");
        if (provider == null) {
            throw new IllegalArgumentException("providerId: missing");
        }
        long referral = assistance.refer(id, Enums.parse(ServiceCategory.class, text(body, "category"), "category"),
                item == null ? null : Enums.parse(AssistiveItem.class, item, "item"), provider,
                RequestFields.date(text(body, "referredOn"), "referredOn"), money(body, "costVnd"), text(body, "note"),
                whole(body, "needId"));
        return ResponseEntity.status(201).body(assistance.recordUnaudited(id).referrals().stream()
                .filter(r -> r.id() == referral).findFirst().orElseThrow());
    }

    @PostMapping("/referrals/{id}/status")
    Referral move(@PathVariable long id, @RequestBody JsonNode body) {
        return assistance.move(id, Enums.parse(ServiceStatus.class, text(body, "status"), "status"),
                RequestFields.date(text(body, "date"), "date"), money(body, "costVnd"));
    }

    @PostMapping("/referrals/{id}/follow-ups")
    ResponseEntity<Map<String, Object>> followUp(@PathVariable long id, @RequestBody JsonNode body) {
        assistance.followUp(id, RequestFields.date(text(body, "visitedOn"), "visitedOn"),
                Enums.parse(FollowUpOutcome.class, text(body, "outcome"), "outcome"), text(body, "note"));
        return ResponseEntity.status(201).body(Map.of("referral", id));
    }

    @GetMapping("/worklist")
    List<AssistanceRepository.WorkItem> worklist(@RequestParam(required = false) String province) {
        return assistance.worklist(province);
    }

    @GetMapping("/providers")
    List<Provider> providers() {
        return assistance.providers();
    }

    @PostMapping("/providers")
    ResponseEntity<Map<String, Object>> addProvider(@RequestBody JsonNode body) {
        long id = assistance.addProvider(text(body, "name"), Enums.parse(ProviderKind.class, text(body, "kind"), "kind"),
                text(body, "province"), text(body, "contact"));
        return ResponseEntity.status(201).body(Map.of("id", id));
    }

    @GetMapping("/statistics")
    Statistics statistics(@RequestParam(required = false) String province, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String asOf) {
        LocalDate day = RequestFields.date(asOf, "asOf");
        return statistics.of(province, year, day == null ? RequestFields.today() : day);
    }

    static Map<String, Object> summary(AssistedPerson p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("ref", p.ref());
        out.put("fullName", p.fullName());
        out.put("sex", p.sex());
        out.put("birthDate", p.birthDate());
        out.put("province", p.province());
        out.put("provinceBefore", p.provinceBefore());
        out.put("side", p.side().name());
        return out;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body == null ? null : body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new IllegalArgumentException(field + ": must be a text or a number");
        }
        return v.asText();
    }

    private static Boolean flag(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(field + ": must be true or false: " + v);
        }
        return v.booleanValue();
    }

    private static Long whole(JsonNode body, String field) {
        Integer i = integer(body, field);
        return i == null ? null : i.longValue();
    }

    private static Integer integer(JsonNode body, String field) {
        return RequestFields.whole(text(body, field), field);
    }

    private static BigDecimal money(JsonNode body, String field) {
        String t = text(body, field);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(t.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": not an amount of đồng: " + t);
        }
    }
}
