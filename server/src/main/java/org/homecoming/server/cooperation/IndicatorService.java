package org.homecoming.server.cooperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.web.NotFoundException;
import org.homecoming.server.web.RequestFields;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators of results and their actuals: a computed indicator's actual is counted now from its source pillar
 * ({@link PillarFigures}) and can never be typed; a manual indicator's actual is the latest typed period's, and says
 * it is manual.
 *
 * <pre>{@code
 * Indicator i = indicators.of(3, LocalDate.now());
 * i.source().computed(); // true: i.actual() is what the pillar counts
 * }</pre>
 */
@Service
public class IndicatorService {

    static final String ENTITY = "INDICATOR";

    private final CooperationRepository repository;
    private final PillarFigures figures;
    private final CooperationRoles roles;
    private final AuditLog audit;
    private final IatiActivityRepository activities;

    IndicatorService(CooperationRepository repository, PillarFigures figures, CooperationRoles roles, AuditLog audit,
            IatiActivityRepository activities) {
        this.repository = repository;
        this.figures = figures;
        this.roles = roles;
        this.audit = audit;
        this.activities = activities;
    }

    @Transactional
    public long create(Area area, String nameVi, String nameEn, IndicatorSource source, BigDecimal baseline,
            Integer baselineYear, BigDecimal target, Integer targetYear) {
        CurrentUser u = roles.recorder();
        if (area == null || source == null) {
            throw new IllegalArgumentException((area == null ? "area" : "source") + ": required");
        }
        long id = repository.insertIndicator(area, RequestFields.requiredText(nameVi, "nameVi", 500),
                RequestFields.requiredText(nameEn, "nameEn", 500), source, baseline, baselineYear, target, targetYear,
                u.username(), OffsetDateTime.now());
        audit.record(AuditAction.CREATE, ENTITY, id, area + " " + source);
        return id;
    }

    /** Adds a period's target and, for a manual indicator only, its actual. */
    @Transactional
    public Indicator addPeriod(long id, Indicator.Period p) {
        CurrentUser u = roles.recorder();
        CooperationRepository.IndicatorRow r = row(id);
        if (p.start() == null || p.end() == null || p.end().isBefore(p.start())) {
            throw new IllegalArgumentException("periodEnd: a period needs a start and an end on or after it");
        }
        if (p.actual() != null && r.source().computed()) {
            throw new IllegalArgumentException("actual: " + r.ref() + " is computed from " + r.source()
                    + "; its actual is counted, never typed");
        }
        repository.addPeriod(id, p, u.username(), OffsetDateTime.now());
        audit.record(AuditAction.UPDATE, ENTITY, id, r.ref() + ": period " + p.start() + " to " + p.end());
        return of(id, RequestFields.today());
    }

    /** Reports the indicator as a result of an IATI activity. */
    @Transactional
    public Indicator linkToActivity(long id, String identifier) {
        roles.recorder();
        CooperationRepository.IndicatorRow r = row(id);
        long activity = activities.id(identifier == null ? "" : identifier.strip())
                .orElseThrow(() -> new IllegalArgumentException("identifier: no activity " + identifier));
        repository.linkIndicator(id, activity);
        audit.record(AuditAction.UPDATE, ENTITY, id, r.ref() + ": result of " + identifier);
        return of(id, RequestFields.today());
    }

    /** The indicators an activity reports as results, as of {@code asOf}. */
    @Transactional(readOnly = true)
    public List<Indicator> ofActivity(String identifier, LocalDate asOf) {
        return repository.indicatorsOfActivity(identifier).stream().map(r -> assemble(r, asOf)).toList();
    }

    @Transactional(readOnly = true)
    public Indicator of(long id, LocalDate asOf) {
        return assemble(row(id), asOf);
    }

    /** The indicator of this reference, or an error naming it. */
    @Transactional(readOnly = true)
    public Indicator byRef(String ref) {
        return repository.indicatorByRef(ref).map(r -> assemble(r, RequestFields.today()))
                .orElseThrow(() -> new IllegalArgumentException("targetRef: no indicator " + ref));
    }

    @Transactional(readOnly = true)
    public List<Indicator> list(Area area, LocalDate asOf) {
        return repository.indicators(area).stream().map(r -> assemble(r, asOf)).toList();
    }

    private CooperationRepository.IndicatorRow row(long id) {
        return repository.indicator(id).orElseThrow(() -> new NotFoundException("indicator", id));
    }

    private Indicator assemble(CooperationRepository.IndicatorRow r, LocalDate asOf) {
        List<Indicator.Period> periods = repository.periods(r.id());
        BigDecimal actual;
        if (r.source().computed()) {
            actual = figures.actual(r.source(), asOf);
        } else {
            actual = periods.stream().filter(p -> p.actual() != null && !p.start().isAfter(asOf))
                    .reduce((a, b) -> b).map(Indicator.Period::actual).orElse(null);
        }
        return new Indicator(r.id(), r.ref(), r.area(), r.nameVi(), r.nameEn(), r.source(), r.baseline(), r.baselineYear(),
                r.target(), r.targetYear(), actual, asOf, periods, r.activityIdentifier());
    }
}
