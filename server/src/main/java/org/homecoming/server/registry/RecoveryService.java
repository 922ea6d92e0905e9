package org.homecoming.server.registry;

import org.homecoming.programme.PartialDate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.geo.Geometries;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a field team finds, one thing at a time: a site, the remains recovered there, and
 * each step of a sample's chain of custody; gives each new record its reference and audits it.
 *
 * <pre>{@code
 * Site s = recovery.createSite(new RecoveryService.SiteRequest("GRAVE", "Đồi 42", "Quảng Trị", 16.8, 107.1, null));
 * }</pre>
 */
@Service
public class RecoveryService {

    /** A new site; {@code wkt} is an optional polygon of its extent. */
    public record SiteRequest(
            @NotBlank @Pattern(regexp = "GRAVE|CEMETERY|CRASH_SITE|BATTLE_SITE",
                    message = "must be GRAVE, CEMETERY, CRASH_SITE or BATTLE_SITE") String kind,
            @NotBlank String name, String province,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon, String wkt) {
    }

    /** Newly recovered remains at a known site, with the anthropological profile. */
    public record RemainsRequest(@NotNull Long siteId, String recoveryDate,
            @DecimalMin("-90") @DecimalMax("90") Double recoveryLat,
            @DecimalMin("-180") @DecimalMax("180") Double recoveryLon, @PositiveOrZero Integer precisionM,
            String team, @NotBlank @Pattern(regexp = "[MFU]", message = "must be M, F or U") String sexEstimate,
            @Min(0) @Max(110) Integer ageMin, @Min(0) @Max(110) Integer ageMax, @Min(50) @Max(250) Integer statureCm,
            @NotBlank @Pattern(regexp = "GOOD|FAIR|POOR|FRAGMENTARY", message = "must be GOOD, FAIR, POOR or FRAGMENTARY")
            String condition, String artifacts) {
    }

    /** One step of a sample's chain of custody. */
    public record CustodyRequest(@NotNull @PastOrPresent OffsetDateTime at, @NotBlank String actor,
            @NotBlank String place, @NotBlank String action) {
    }

    private final SiteRepository sites;
    private final RemainsRepository remains;
    private final GeneticsRepository genetics;
    private final AuditLog audit;

    RecoveryService(SiteRepository sites, RemainsRepository remains, GeneticsRepository genetics, AuditLog audit) {
        this.sites = sites;
        this.remains = remains;
        this.genetics = genetics;
        this.audit = audit;
    }

    /** A new site with a fresh {@code S-} reference; a given extent must be a valid polygon. */
    @Transactional
    public Site createSite(SiteRequest r) {
        String wkt = r.wkt() == null || r.wkt().isBlank() ? null : r.wkt().strip();
        if (wkt != null && Geometries.problem(wkt) != null) {
            throw new IllegalArgumentException("wkt: " + Geometries.problem(wkt));
        }
        long id = sites.insert(new Site(0, newRef("S"), r.kind(), r.name().strip(), r.province(), r.lat(), r.lon(), wkt, 0));
        audit.record(AuditAction.CREATE, "SITE", id, r.name());
        return sites.find(id).orElseThrow();
    }

    /**
     * New remains at a known site with a fresh {@code R-} reference: the recovery date and point
     * follow the registry's date and coordinate rules ({@link PersonRules}), the age range is ordered.
     */
    @Transactional
    public Remains createRemains(RemainsRequest r) {
        sites.find(r.siteId()).orElseThrow(() -> new NotFoundException("site", r.siteId()));
        PersonRules.date("recoveryDate", r.recoveryDate()).ifPresent(p -> {
            throw new IllegalArgumentException(p.field() + ": " + p.message());
        });
        PersonRules.coordinatePair("recoveryLat", "recoveryLon", r.recoveryLat() != null, r.recoveryLon() != null)
                .ifPresent(p -> {
                    // reported under longitude, whichever of the two is missing, as the person form does
                    throw new IllegalArgumentException("recoveryLon: " + p.message());
                });
        if (r.ageMin() != null && r.ageMax() != null && r.ageMin() > r.ageMax()) {
            throw new IllegalArgumentException("ageMax: must not be below ageMin: " + r.ageMax() + " < " + r.ageMin());
        }
        long id = remains.insert(new Remains(0, newRef("R"), r.siteId(), r.recoveryDate(), PartialDate.year(r.recoveryDate()),
                r.recoveryLat(), r.recoveryLon(), r.precisionM(), r.team(), r.sexEstimate(), r.ageMin(), r.ageMax(),
                r.statureCm(), r.condition(), r.artifacts(), "RECOVERED", null, 0));
        audit.record(AuditAction.CREATE, "REMAINS", id, "at site " + r.siteId());
        return remains.find(id).orElseThrow();
    }

    /** Adds a step to a sample's chain of custody (audited) and returns the whole chain. */
    @Transactional
    public List<CustodyEvent> addCustody(long sampleId, CustodyRequest r) {
        genetics.sample(sampleId).orElseThrow(() -> new NotFoundException("sample", sampleId));
        genetics.addCustody(sampleId, new CustodyEvent(r.at(), r.actor().strip(), r.place().strip(), r.action().strip()));
        audit.record(AuditAction.UPDATE, "SAMPLE", sampleId, "custody: " + r.action().strip() + " by " + r.actor().strip());
        return genetics.custody(sampleId);
    }

    private static String newRef(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
