package org.homecoming.server.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.homecoming.programme.PartialDate;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.geo.Geometries;
import org.homecoming.server.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a field team records one at a time through the API: a site, the remains recovered there,
 * and each step of a sample's chain of custody (who, when, where, what happened). Bulk data comes
 * through {@code /api/v1/imports}.
 */
@RestController
@RequestMapping("/api/v1")
class RecoveryApiController {

    /** A new site; {@code wkt} is an optional polygon of its extent. */
    record SiteRequest(
            @NotBlank @Pattern(regexp = "GRAVE|CEMETERY|CRASH_SITE|BATTLE_SITE",
                    message = "must be GRAVE, CEMETERY, CRASH_SITE or BATTLE_SITE") String kind,
            @NotBlank String name, String province,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon, String wkt) {
    }

    /** Newly recovered remains at a known site, with the anthropological profile. */
    record RemainsRequest(@NotNull Long siteId, String recoveryDate,
            @DecimalMin("-90") @DecimalMax("90") Double recoveryLat,
            @DecimalMin("-180") @DecimalMax("180") Double recoveryLon, @PositiveOrZero Integer precisionM,
            String team, @NotBlank @Pattern(regexp = "[MFU]", message = "must be M, F or U") String sexEstimate,
            @Min(0) @Max(110) Integer ageMin, @Min(0) @Max(110) Integer ageMax, @Min(50) @Max(250) Integer statureCm,
            @NotBlank @Pattern(regexp = "GOOD|FAIR|POOR|FRAGMENTARY", message = "must be GOOD, FAIR, POOR or FRAGMENTARY")
            String condition, String artifacts) {
    }

    /** One step of a sample's chain of custody. */
    record CustodyRequest(@NotNull @PastOrPresent OffsetDateTime at, @NotBlank String actor, @NotBlank String place,
            @NotBlank String action) {
    }

    private final SiteRepository sites;
    private final RemainsRepository remains;
    private final GeneticsRepository genetics;
    private final AuditLog audit;

    RecoveryApiController(SiteRepository sites, RemainsRepository remains, GeneticsRepository genetics, AuditLog audit) {
        this.sites = sites;
        this.remains = remains;
        this.genetics = genetics;
        this.audit = audit;
    }

    private static String newRef(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    @PostMapping("/sites")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Site createSite(@Valid @RequestBody SiteRequest r) {
        String wkt = r.wkt() == null || r.wkt().isBlank() ? null : r.wkt().strip();
        if (wkt != null && Geometries.problem(wkt) != null) {
            throw new IllegalArgumentException("wkt: " + Geometries.problem(wkt));
        }
        long id = sites.insert(new Site(0, newRef("S"), r.kind(), r.name().strip(), r.province(), r.lat(), r.lon(), wkt, 0));
        audit.record(AuditAction.CREATE, "SITE", id, r.name());
        return sites.find(id).orElseThrow();
    }

    @PostMapping("/remains")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Remains createRemains(@Valid @RequestBody RemainsRequest r) {
        sites.find(r.siteId()).orElseThrow(() -> new NotFoundException("site", r.siteId()));
        if (PartialDate.problem(r.recoveryDate()) != null) {
            throw new IllegalArgumentException("recoveryDate: " + PartialDate.problem(r.recoveryDate()));
        }
        if ((r.recoveryLat() == null) != (r.recoveryLon() == null)) {
            throw new IllegalArgumentException("recoveryLon: give both latitude and longitude, or neither");
        }
        if (r.ageMin() != null && r.ageMax() != null && r.ageMin() > r.ageMax()) {
            throw new IllegalArgumentException("ageMax: must not be below ageMin: " + r.ageMax() + " < " + r.ageMin());
        }
        long id = remains.insert(new Remains(0, newRef("R"), r.siteId(), r.recoveryDate(), PartialDate.year(r.recoveryDate()),
                r.recoveryLat(), r.recoveryLon(), r.precisionM(), r.team(), r.sexEstimate(), r.ageMin(), r.ageMax(),
                r.statureCm(), r.condition(), r.artifacts(), "RECOVERED", null, 0));
        audit.record(AuditAction.CREATE, "REMAINS", id, "at site " + r.siteId());
        return remains.find(id).orElseThrow();
    }

    @PostMapping("/samples/{id}/custody")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    List<CustodyEvent> addCustody(@PathVariable long id, @Valid @RequestBody CustodyRequest r) {
        genetics.sample(id).orElseThrow(() -> new NotFoundException("sample", id));
        genetics.addCustody(id, new CustodyEvent(r.at(), r.actor().strip(), r.place().strip(), r.action().strip()));
        audit.record(AuditAction.UPDATE, "SAMPLE", id, "custody: " + r.action().strip() + " by " + r.actor().strip());
        return genetics.custody(id);
    }
}
