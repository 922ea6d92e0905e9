package org.homecoming.server.landrelease.safety;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/accidents}, {@code /api/v1/risk-education}, {@code /api/v1/qa-visits} and
 * {@code /api/v1/nonconformities/{id}/close} (docs/land-release/safety-and-quality.md). Who may post:
 * {@code SecurityConfig}; whose victims' details show: {@link AccidentService}.
 */
@RestController
@RequestMapping("/api/v1")
class SafetyApiController {

    private final AccidentService accidents;
    private final RiskEducationService education;
    private final QualityService quality;

    SafetyApiController(AccidentService accidents, RiskEducationService education, QualityService quality) {
        this.accidents = accidents;
        this.education = education;
        this.quality = quality;
    }

    @PostMapping("/accidents")
    ResponseEntity<Accident> record(@RequestBody AccidentRequest body) {
        Accident a = accidents.record(body);
        return ResponseEntity.created(URI.create("/api/v1/accidents/" + a.id())).body(a);
    }

    @GetMapping("/accidents")
    List<Accident> accidents(@RequestParam(required = false) Integer year) {
        return accidents.list(year);
    }

    @GetMapping("/accidents/{id}")
    Accident accident(@PathVariable long id) {
        return accidents.detail(id);
    }

    @PostMapping("/accidents/{id}/share")
    Accident shareAccident(@PathVariable long id) {
        return accidents.share(id);
    }

    /** Body {@code {"note": "how the consent was given"}}. */
    @PostMapping("/accidents/{id}/victims/{victimId}/consent")
    Accident consent(@PathVariable long id, @PathVariable long victimId, @RequestBody Map<String, String> body) {
        return accidents.recordConsent(id, victimId, body.get("note"));
    }

    @PostMapping("/risk-education")
    ResponseEntity<RiskEducation> recordSession(@RequestBody RiskEducationRequest body) {
        RiskEducation s = education.record(body);
        return ResponseEntity.created(URI.create("/api/v1/risk-education/" + s.id())).body(s);
    }

    @GetMapping("/risk-education")
    List<RiskEducation> sessions() {
        return education.list();
    }

    @PostMapping("/risk-education/{id}/share")
    RiskEducation shareSession(@PathVariable long id) {
        return education.share(id);
    }

    @PostMapping("/qa-visits")
    ResponseEntity<QaVisit> recordVisit(@RequestBody QaVisitRequest body) {
        QaVisit v = quality.record(body);
        return ResponseEntity.created(URI.create("/api/v1/qa-visits/" + v.id())).body(v);
    }

    @GetMapping("/qa-visits")
    List<QaVisit> visits() {
        return quality.list();
    }

    @GetMapping("/qa-visits/{id}")
    QaVisit visit(@PathVariable long id) {
        return quality.get(id);
    }

    @PostMapping("/qa-visits/{id}/nonconformities")
    QaVisit addNonconformity(@PathVariable long id, @RequestBody QaVisitRequest.NonconformityRequest body) {
        return quality.addNonconformity(id, body);
    }

    @PostMapping("/qa-visits/{id}/share")
    QaVisit shareVisit(@PathVariable long id) {
        return quality.share(id);
    }

    /** Body {@code {"correctiveAction": "..."}}; only a quality manager. */
    @PostMapping("/nonconformities/{id}/close")
    QaVisit close(@PathVariable long id, @RequestBody Map<String, String> body) {
        return quality.close(id, body.get("correctiveAction"));
    }
}
