package org.homecoming.server.landrelease.safety;

import org.homecoming.server.web.Enums;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.web.RequestFields;
import org.homecoming.server.landrelease.activity.ActivityRepository;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.web.ConflictException;
import org.homecoming.server.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records QA/QC visits and their non-conformities, and closes a non-conformity: only a quality manager of the side
 * that recorded the visit does, with the corrective action (the web layer refuses other roles first; this checks
 * again so that no other path can close one).
 *
 * <pre>{@code
 * QaVisit v = service.record(request);
 * service.close(v.nonconformities().get(0).id(), "detectors tested each morning");
 * }</pre>
 */
@Service
public class QualityService {

    static final String ENTITY = "LR_QA_VISIT";

    private final QualityRepository quality;
    private final ActivityRepository activities;
    private final CurrentUsers users;
    private final AuditLog audit;

    QualityService(QualityRepository quality, ActivityRepository activities, CurrentUsers users, AuditLog audit) {
        this.quality = quality;
        this.activities = activities;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    public QaVisit record(QaVisitRequest r) {
        CurrentUser u = users.get();
        String type = r.visitType() == null ? "" : r.visitType().strip().toUpperCase(Locale.ROOT);
        if (!type.equals("QA") && !type.equals("QC")) {
            throw new IllegalArgumentException("visitType: QA (the process) or QC (the land after release): "
                    + r.visitType());
        }
        if (r.activityId() != null && activities.find(r.activityId(), u.side()).isEmpty()) {
            throw new IllegalArgumentException("activityId: no activity " + r.activityId());
        }
        QaVisit v = new QaVisit(0, type, RequestFields.pastDate(r.visitedOn(), "visitedOn"),
                RequestFields.requiredText(r.inspectedOrganisation(), "inspectedOrganisation", 200),
                RequestFields.requiredText(r.inspectingOrganisation(), "inspectingOrganisation", 200), r.activityId(),
                RequestFields.text(r.findings(), "findings", 2000), u.side(), false, List.of());
        long id = quality.insertVisit(v, u.username(), OffsetDateTime.now());
        List<QaVisitRequest.NonconformityRequest> ncs = r.nonconformities() == null ? List.of() : r.nonconformities();
        for (int i = 0; i < ncs.size(); i++) {
            String field = "nonconformities[" + i + "].";
            quality.insertNonconformity(id, org.homecoming.server.web.Enums.parse(Severity.class,
                    ncs.get(i).severity(), field + "severity"),
                    RequestFields.requiredText(ncs.get(i).description(), field + "description", 2000));
        }
        audit.record(AuditAction.CREATE, ENTITY, id, type + " of " + v.inspectedOrganisation() + " on " + v.visitedOn()
                + ", " + ncs.size() + " non-conformities");
        return quality.find(id, u.side()).orElseThrow();
    }

    @Transactional
    public QaVisit addNonconformity(long visitId, QaVisitRequest.NonconformityRequest r) {
        CurrentUser u = users.get();
        QaVisit v = own(visitId, u);
        quality.insertNonconformity(v.id(), org.homecoming.server.web.Enums.parse(Severity.class, r.severity(),
                "severity"), RequestFields.requiredText(r.description(), "description", 2000));
        audit.record(AuditAction.UPDATE, ENTITY, visitId, "non-conformity added");
        return quality.find(visitId, u.side()).orElseThrow();
    }

    /** Closes an open non-conformity with its corrective action; only a quality manager of the recording side may. */
    @Transactional
    public QaVisit close(long nonconformityId, String correctiveAction) {
        CurrentUser u = users.get();
        if (!u.has(Role.QUALITY_MANAGER)) {
            throw new AccessDeniedException("only a quality manager closes a non-conformity");
        }
        long visitId = quality.visitOf(nonconformityId)
                .orElseThrow(() -> new NotFoundException("non-conformity", nonconformityId));
        QaVisit v = own(visitId, u);
        String action = RequestFields.requiredText(correctiveAction, "correctiveAction", 2000);
        if (!quality.close(nonconformityId, u.username(), OffsetDateTime.now(), action)) {
            throw new ConflictException("non-conformity " + nonconformityId + " is already closed");
        }
        audit.record(AuditAction.UPDATE, ENTITY, v.id(), "non-conformity " + nonconformityId + " closed: " + action);
        return quality.find(visitId, u.side()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public QaVisit get(long id) {
        return quality.find(id, users.get().side()).orElseThrow(() -> new NotFoundException("QA/QC visit", id));
    }

    @Transactional(readOnly = true)
    public List<QaVisit> list() {
        return quality.list(users.get().side());
    }

    @Transactional
    public QaVisit share(long id) {
        CurrentUser u = users.get();
        own(id, u);
        quality.share(id);
        audit.record(AuditAction.SHARE, ENTITY, id, "shared with " + u.side().other());
        return quality.find(id, u.side()).orElseThrow();
    }

    private QaVisit own(long id, CurrentUser u) {
        QaVisit v = quality.find(id, u.side()).orElseThrow(() -> new NotFoundException("QA/QC visit", id));
        if (v.side() != u.side()) {
            throw new ConflictException("visit " + id + " was recorded by " + v.side() + "; only that side changes it");
        }
        return v;
    }
}
