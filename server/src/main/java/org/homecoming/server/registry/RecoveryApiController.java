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
import org.homecoming.server.registry.RecoveryService.CustodyRequest;
import org.homecoming.server.registry.RecoveryService.RemainsRequest;
import org.homecoming.server.registry.RecoveryService.SiteRequest;
import org.homecoming.server.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a field team records one at a time through the API: a site, the remains recovered there,
 * and each step of a sample's chain of custody (who, when, where, what happened). Bulk data comes
 * through {@code /api/v1/imports}; the work is {@link RecoveryService}'s.
 */
@RestController
@RequestMapping("/api/v1")
class RecoveryApiController {

    private final RecoveryService recovery;

    RecoveryApiController(RecoveryService recovery) {
        this.recovery = recovery;
    }

    @PostMapping("/sites")
    @ResponseStatus(HttpStatus.CREATED)
    Site createSite(@Valid @RequestBody SiteRequest r) {
        return recovery.createSite(r);
    }

    @PostMapping("/remains")
    @ResponseStatus(HttpStatus.CREATED)
    Remains createRemains(@Valid @RequestBody RemainsRequest r) {
        return recovery.createRemains(r);
    }

    @PostMapping("/samples/{id}/custody")
    @ResponseStatus(HttpStatus.CREATED)
    List<CustodyEvent> addCustody(@PathVariable long id, @Valid @RequestBody CustodyRequest r) {
        return recovery.addCustody(id, r);
    }
}
