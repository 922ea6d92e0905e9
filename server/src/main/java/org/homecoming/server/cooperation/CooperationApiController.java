package org.homecoming.server.cooperation;

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
 * The cooperation API (docs/cooperation.md): agreements, commitments with their status and evidence, indicators with
 * their actuals, meetings, and IATI activities as JSON. Everyone signed in reads; the liaison offices record
 * ({@code SecurityConfig}, {@link CooperationRoles}).
 *
 * <pre>{@code
 * GET /api/v1/commitments?area=DIOXIN&status=OVERDUE
 * }</pre>
 */
@RestController
@RequestMapping("/api/v1")
class CooperationApiController {

    private final CommitmentService commitments;
    private final IndicatorService indicators;
    private final MeetingService meetings;
    private final IatiActivityService activities;

    CooperationApiController(CommitmentService commitments, IndicatorService indicators, MeetingService meetings,
            IatiActivityService activities) {
        this.commitments = commitments;
        this.indicators = indicators;
        this.meetings = meetings;
        this.activities = activities;
    }

    /** A commitment's request body. */
    record CommitmentBody(String agreementRef, String meetingRef, String area, String textVi, String textEn,
            String responsibleSide, String office, String periodStart, String dueDate) {
    }

    /** A status change's request body. */
    record StatusBody(String status, String changedOn, String meetingRef, String note) {
    }

    /** Evidence's request body. */
    record EvidenceBody(String kind, String targetRef, String note) {
    }

    /** An agreement's request body. */
    record AgreementBody(String ref, String kind, String titleVi, String titleEn, String signedOn, String archiveRef) {
    }

    /** An indicator's request body. */
    record IndicatorBody(String area, String nameVi, String nameEn, String source, BigDecimal baseline,
            Integer baselineYear, BigDecimal target, Integer targetYear) {
    }

    /** A period's request body. */
    record PeriodBody(String periodStart, String periodEnd, BigDecimal target, BigDecimal actual) {
    }

    /** A meeting's request body. */
    record MeetingBody(String kind, String heldOn, String place, String titleVi, String titleEn, String agenda,
            List<Meeting.Delegate> delegates) {
    }

    @GetMapping("/agreements")
    List<Agreement> agreements() {
        return commitments.agreements();
    }

    @PostMapping("/agreements")
    ResponseEntity<Map<String, Object>> agreement(@RequestBody AgreementBody b) {
        String ref = commitments.createAgreement(b.ref(), Enums.parse(AgreementKind.class, b.kind(), "kind"), b.titleVi(),
                b.titleEn(), RequestFields.pastDate(b.signedOn(), "signedOn"), b.archiveRef());
        return ResponseEntity.status(201).body(Map.of("ref", ref));
    }

    @GetMapping("/commitments")
    List<Map<String, Object>> commitments(@RequestParam(required = false) String area,
            @RequestParam(required = false) String status) {
        return commitments.list(area == null || area.isBlank() ? null : Enums.parse(Area.class, area, "area"),
                status == null || status.isBlank() ? null : Enums.parse(CommitmentStatus.Standing.class, status, "status"))
                .stream().map(CooperationApiController::item).toList();
    }

    static Map<String, Object> item(Commitment c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("ref", c.ref());
        out.put("area", c.area().name());
        out.put("textVi", c.textVi());
        out.put("textEn", c.textEn());
        out.put("responsibleSide", c.responsibleSide());
        out.put("office", c.office());
        out.put("periodStart", c.periodStart() == null ? null : c.periodStart().toString());
        out.put("dueDate", c.dueOn() == null ? null : c.dueOn().toString());
        out.put("status", c.standing().name());
        out.put("recordedStatus", c.status().name());
        out.put("agreementRef", c.agreementRef());
        out.put("meetingRef", c.meetingRef());
        return out;
    }

    @GetMapping("/commitments/{id}")
    Commitment commitment(@PathVariable long id) {
        return commitments.of(id);
    }

    @PostMapping("/commitments")
    ResponseEntity<Map<String, Object>> create(@RequestBody CommitmentBody b) {
        long id = commitments.create(new CommitmentService.Draft(blank(b.agreementRef()), blank(b.meetingRef()),
                Enums.parse(Area.class, b.area(), "area"), b.textVi(), b.textEn(), b.responsibleSide(), b.office(),
                RequestFields.date(b.periodStart(), "periodStart"), RequestFields.date(b.dueDate(), "dueDate")));
        return ResponseEntity.status(201).body(item(commitments.of(id)));
    }

    @PostMapping("/commitments/{id}/status")
    Map<String, Object> status(@PathVariable long id, @RequestBody StatusBody b) {
        return item(commitments.changeStatus(id, Enums.parse(CommitmentStatus.class, b.status(), "status"),
                RequestFields.date(b.changedOn(), "changedOn"), b.meetingRef(), b.note()));
    }

    @PostMapping("/commitments/{id}/evidence")
    ResponseEntity<Commitment> evidence(@PathVariable long id, @RequestBody EvidenceBody b) {
        return ResponseEntity.status(201).body(commitments.addEvidence(id, Enums.parse(CommitmentEvidenceKind.class, b.kind(), "kind"),
                b.targetRef(), b.note()));
    }

    @GetMapping("/indicators")
    List<Map<String, Object>> indicators(@RequestParam(required = false) String area) {
        return indicators.list(area == null || area.isBlank() ? null : Enums.parse(Area.class, area, "area"),
                RequestFields.today()).stream().map(CooperationApiController::indicator).toList();
    }

    @GetMapping("/indicators/{id}")
    Map<String, Object> indicator(@PathVariable long id, @RequestParam(required = false) String asOf) {
        LocalDate day = RequestFields.date(asOf, "asOf");
        return indicator(indicators.of(id, day == null ? RequestFields.today() : day));
    }

    static Map<String, Object> indicator(Indicator i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id());
        out.put("ref", i.ref());
        out.put("area", i.area().name());
        out.put("name", i.nameEn());
        out.put("nameVi", i.nameVi());
        out.put("baseline", i.baseline());
        out.put("baselineYear", i.baselineYear());
        out.put("target", i.target());
        out.put("targetYear", i.targetYear());
        out.put("actual", i.actual());
        out.put("source", i.source().computed() ? "computed" : "manual");
        out.put("sourcePillar", i.source().name());
        out.put("asOf", i.asOf().toString());
        out.put("periods", i.periods());
        out.put("activity", i.activityIdentifier());
        return out;
    }

    @PostMapping("/indicators")
    ResponseEntity<Map<String, Object>> createIndicator(@RequestBody IndicatorBody b) {
        long id = indicators.create(Enums.parse(Area.class, b.area(), "area"), b.nameVi(), b.nameEn(),
                Enums.parse(IndicatorSource.class, b.source(), "source"), b.baseline(), b.baselineYear(), b.target(),
                b.targetYear());
        return ResponseEntity.status(201).body(indicator(indicators.of(id, RequestFields.today())));
    }

    @PostMapping("/indicators/{id}/periods")
    ResponseEntity<Map<String, Object>> period(@PathVariable long id, @RequestBody PeriodBody b) {
        return ResponseEntity.status(201).body(indicator(indicators.addPeriod(id, new Indicator.Period(
                RequestFields.date(b.periodStart(), "periodStart"), RequestFields.date(b.periodEnd(), "periodEnd"),
                b.target(), b.actual()))));
    }

    /** The body that reports an indicator as a result of an activity. */
    record ActivityLink(String identifier) {
    }

    @PostMapping("/indicators/{id}/activity")
    Map<String, Object> link(@PathVariable long id, @RequestBody ActivityLink b) {
        return indicator(indicators.linkToActivity(id, b.identifier()));
    }

    @GetMapping("/meetings")
    List<Meeting> meetings() {
        return meetings.timeline();
    }

    @PostMapping("/meetings")
    ResponseEntity<Meeting> meeting(@RequestBody MeetingBody b) {
        long id = meetings.create(Enums.parse(MeetingKind.class, b.kind(), "kind"), RequestFields.date(b.heldOn(), "heldOn"),
                b.place(), b.titleVi(), b.titleEn(), b.agenda(), b.delegates() == null ? List.of() : b.delegates());
        return ResponseEntity.status(201).body(meetings.of(id));
    }

    @GetMapping("/iati/activities")
    List<IatiActivity> activities(@RequestParam(required = false) String area) {
        return activities.list(area == null || area.isBlank() ? null : Enums.parse(Area.class, area, "area"));
    }

    @PostMapping("/iati/activities")
    ResponseEntity<IatiActivity> saveActivity(@RequestBody IatiActivity a) {
        activities.save(a);
        return ResponseEntity.status(201).body(activities.find(a.identifier()).orElseThrow());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
