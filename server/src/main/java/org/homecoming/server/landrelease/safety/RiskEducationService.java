package org.homecoming.server.landrelease.safety;

import java.time.OffsetDateTime;
import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.geo.ProvinceLocator;
import org.homecoming.server.web.RequestFields;
import org.homecoming.server.landrelease.area.AreaGeometry;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.ConflictException;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records risk-education sessions for the current user's side: a place (and a position when known, from which the
 * province follows), the organisation, the method and at least one person reached.
 *
 * <pre>{@code
 * service.record(new RiskEducationRequest("2026-05-12", "Xã Hướng Hóa", null, null, "Quảng Trị", "Team 3", "SCHOOL",
 *         40, 38, 0, 0));
 * }</pre>
 */
@Service
public class RiskEducationService {

    static final String ENTITY = "LR_RISK_EDUCATION";

    private final RiskEducationRepository sessions;
    private final AreaGeometry geometry;
    private final ProvinceLocator provinces;
    private final CurrentUsers users;
    private final AuditLog audit;

    RiskEducationService(RiskEducationRepository sessions, AreaGeometry geometry, ProvinceLocator provinces,
            CurrentUsers users, AuditLog audit) {
        this.sessions = sessions;
        this.geometry = geometry;
        this.provinces = provinces;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    public RiskEducation record(RiskEducationRequest r) {
        CurrentUser u = users.get();
        String province = RequestFields.text(r.province(), "province", 200);
        if ((r.lat() == null) != (r.lon() == null)) {
            throw new IllegalArgumentException("lat, lon: give both or neither");
        }
        if (r.lat() != null) {
            geometry.checkPoint(r.lon(), r.lat(), false, "lat, lon");
            province = provinces.current(r.lon(), r.lat()).orElse(province);
        }
        RiskEducation s = new RiskEducation(0, RequestFields.pastDate(r.heldOn(), "heldOn"),
                RequestFields.requiredText(r.place(), "place", 300), r.lat(), r.lon(), province,
                RequestFields.requiredText(r.organisation(), "organisation", 200), EducationMethod.parse(r.method()),
                RequestFields.count(r.girls(), "girls"), RequestFields.count(r.boys(), "boys"),
                RequestFields.count(r.women(), "women"), RequestFields.count(r.men(), "men"), u.side(), false);
        if (s.total() == 0) {
            throw new IllegalArgumentException("girls, boys, women, men: a session reaches at least one person");
        }
        long id = sessions.insert(s, u.username(), OffsetDateTime.now());
        audit.record(AuditAction.CREATE, ENTITY, id, s.method() + " on " + s.heldOn() + ", " + s.total() + " people");
        return sessions.find(id, u.side()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<RiskEducation> list() {
        return sessions.list(users.get().side());
    }

    @Transactional
    public RiskEducation share(long id) {
        CurrentUser u = users.get();
        RiskEducation s = sessions.find(id, u.side()).orElseThrow(() -> new NotFoundException("risk-education session", id));
        if (s.side() != u.side()) {
            throw new ConflictException("session " + id + " was recorded by " + s.side() + "; only that side shares it");
        }
        sessions.share(id);
        audit.record(AuditAction.SHARE, ENTITY, id, "shared with " + u.side().other());
        return sessions.find(id, u.side()).orElseThrow();
    }
}
