package org.homecoming.server.cooperation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's IATI activities: recorded by the liaison offices, read by everyone, exported as IATI 2.03 and
 * reconciled with the other side's file.
 *
 * <pre>{@code
 * activities.save(activity);
 * }</pre>
 */
@Service
public class IatiActivityService {

    static final String ENTITY = "IATI_ACTIVITY";

    private final IatiActivityRepository repository;
    private final CooperationRoles roles;
    private final AuditLog audit;

    IatiActivityService(IatiActivityRepository repository, CooperationRoles roles, AuditLog audit) {
        this.repository = repository;
        this.roles = roles;
        this.audit = audit;
    }

    /** Records an own activity (replacing the stored one of the same identifier). */
    @Transactional
    public void save(IatiActivity a) {
        CurrentUser u = roles.recorder();
        check(a);
        boolean existed = repository.id(a.identifier()).isPresent();
        repository.save(a, "OWN", u.username(), OffsetDateTime.now());
        audit.record(existed ? AuditAction.UPDATE : AuditAction.CREATE, ENTITY, a.identifier(), a.titleEn());
    }

    static void check(IatiActivity a) {
        if (a.identifier() == null || !a.identifier().matches("[A-Za-z0-9][A-Za-z0-9._/-]{2,199}")) {
            throw new IllegalArgumentException("identifier: {reporting organisation}-{own id}, letters, digits, . _ / -: "
                    + a.identifier());
        }
        if (a.reportingOrg() == null || a.reportingOrg().ref() == null || a.reportingOrg().name() == null) {
            throw new IllegalArgumentException("reportingOrg: its identifier and name are required");
        }
        if (!a.identifier().startsWith(a.reportingOrg().ref() + "-")) {
            throw new IllegalArgumentException("identifier: must begin with the reporting organisation's identifier "
                    + a.reportingOrg().ref() + "-: " + a.identifier());
        }
        if (a.titleEn() == null || a.titleEn().isBlank() || a.status() == null) {
            throw new IllegalArgumentException((a.status() == null ? "status" : "titleEn") + ": required");
        }
        if (a.participants().isEmpty()) {
            throw new IllegalArgumentException("participants: IATI needs at least one participating organisation");
        }
        if (a.plannedStart() == null && a.actualStart() == null && a.plannedEnd() == null && a.actualEnd() == null) {
            throw new IllegalArgumentException("plannedStart: IATI needs at least one of the planned or actual dates");
        }
        if (a.sectorCode() != null && !a.sectorCode().matches("[0-9]{5}")) {
            throw new IllegalArgumentException("sectorCode: a 5-digit DAC purpose code (15250 for mine action): "
                    + a.sectorCode());
        }
        for (IatiActivity.Transaction t : a.transactions()) {
            if (t.value() == null || t.date() == null || t.currency() == null || !t.currency().matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("transactions: each needs a date, a value and an ISO 4217 currency");
            }
        }
    }

    @Transactional(readOnly = true)
    public Optional<IatiActivity> find(String identifier) {
        return repository.find(identifier);
    }

    @Transactional(readOnly = true)
    public List<IatiActivity> list(Area area) {
        return repository.list(area);
    }
}
