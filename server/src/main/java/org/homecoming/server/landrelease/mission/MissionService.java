package org.homecoming.server.landrelease.mission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.web.RequestFields;
import org.homecoming.server.landrelease.area.AreaStatus;
import org.homecoming.server.landrelease.area.HazardAreaRepository;
import org.homecoming.server.landrelease.bombing.BombingDensity;
import org.homecoming.server.landrelease.bombing.DensityCell;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.ConflictException;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records recovery missions, their excavation grid and what they found, and holds the rule that joins recovery to
 * mine action: a site is marked excavated only when the hazardous area whose clearance precedes the excavation is
 * closed or handed over. It also gives recovery teams the warning of the ground they go to: the bombing recorded
 * around the site and the open hazardous areas near it.
 *
 * <pre>{@code
 * RecoveryMission m = service.create(new MissionRequest("S-QT-12", "EXCAVATION", "JFA 2026-3", true, "2026-03-02", 7L));
 * service.markExcavated(m.id(), "2026-03-20"); // ConflictException while area 7 is OPEN
 * }</pre>
 */
@Service
public class MissionService {

    static final String ENTITY = "RECOVERY_MISSION";
    /** The radii of the bombing warning, in metres: the site's neighbourhood and its surroundings. */
    static final double NEAR_M = 1000;
    static final double AROUND_M = 5000;
    /** About 1 km in degrees: open hazardous areas this close to a site are named in its warning. */
    static final double NEAR_DEGREES = 0.01;

    private final MissionRepository missions;
    private final HazardAreaRepository areas;
    private final BombingDensity bombing;
    private final CurrentUsers users;
    private final AuditLog audit;

    MissionService(MissionRepository missions, HazardAreaRepository areas, BombingDensity bombing, CurrentUsers users,
            AuditLog audit) {
        this.missions = missions;
        this.areas = areas;
        this.bombing = bombing;
        this.users = users;
        this.audit = audit;
    }

    /** What a recovery team should know of the ground: bombing within 1 km and 5 km, open areas within about 1 km. */
    public record Warning(DensityCell near, DensityCell around, List<String> openAreas) {
    }

    @Transactional
    public RecoveryMission create(MissionRequest r) {
        CurrentUser u = users.get();
        String siteRef = RequestFields.requiredText(r.site(), "site", 64);
        long site = missions.siteId(siteRef).orElseThrow(() -> new IllegalArgumentException("site: no site " + siteRef));
        MissionType type = MissionType.parse(r.type());
        if (r.hazardAreaId() != null && areas.find(r.hazardAreaId(), u.side()).isEmpty()) {
            throw new IllegalArgumentException("hazardAreaId: no hazardous area " + r.hazardAreaId());
        }
        long id = missions.insert(site, type, RequestFields.requiredText(r.team(), "team", 200),
                Boolean.TRUE.equals(r.joint()), RequestFields.pastDate(r.startDate(), "startDate"), r.hazardAreaId(),
                u.side(), u.username(), OffsetDateTime.now());
        audit.record(AuditAction.CREATE, ENTITY, id, type + " at site " + siteRef);
        return get(id);
    }

    @Transactional(readOnly = true)
    public RecoveryMission get(long id) {
        return missions.find(id, users.get().side()).orElseThrow(() -> new NotFoundException("recovery mission", id));
    }

    @Transactional(readOnly = true)
    public List<RecoveryMission> list(String siteRef) {
        Long site = siteRef == null || siteRef.isBlank() ? null
                : missions.siteId(siteRef.strip()).orElseThrow(() -> new IllegalArgumentException("site: no site " + siteRef));
        return missions.list(users.get().side(), site);
    }

    @Transactional(readOnly = true)
    public Warning warning(RecoveryMission m) {
        return new Warning(bombing.around(m.siteLat(), m.siteLon(), NEAR_M), bombing.around(m.siteLat(), m.siteLon(),
                AROUND_M), missions.openAreasNear(m.siteLat(), m.siteLon(), NEAR_DEGREES, users.get().side()));
    }

    @Transactional
    public RecoveryMission addUnit(long id, String label, Double sizeM, Integer depthCm, Boolean finished) {
        RecoveryMission m = writable(id);
        String l = RequestFields.requiredText(label, "label", 16);
        if (missions.hasUnit(id, l)) {
            throw new ConflictException("unit " + l + " is already in the grid of " + m.ref());
        }
        if (sizeM == null || sizeM <= 0 || sizeM > 100) {
            throw new IllegalArgumentException("sizeM: the unit's side in metres, above 0 and at most 100: " + sizeM);
        }
        if (depthCm == null || depthCm < 0 || depthCm > 2000) {
            throw new IllegalArgumentException("depthReachedCm: between 0 and 2000: " + depthCm);
        }
        missions.addUnit(id, l, sizeM, depthCm, Boolean.TRUE.equals(finished));
        audit.record(AuditAction.UPDATE, ENTITY, id, "unit " + l + " to " + depthCm + " cm");
        return get(id);
    }

    /** Links what was found to the record that holds it; a reference that names no such record is refused. */
    @Transactional
    public RecoveryMission addFind(long id, String kind, String record, String unit, String note) {
        CurrentUser u = users.get();
        RecoveryMission m = writable(id);
        FindKind k = FindKind.parse(kind);
        String ref = RequestFields.requiredText(record, "record", 64);
        long recordId = missions.record(k, ref, u.side()).orElseThrow(() -> new IllegalArgumentException("record: no "
                + k.name().toLowerCase(java.util.Locale.ROOT) + " " + ref));
        String unitLabel = RequestFields.text(unit, "unit", 16);
        if (unitLabel != null && !missions.hasUnit(id, unitLabel)) {
            throw new IllegalArgumentException("unit: " + unitLabel + " is not in the grid of " + m.ref());
        }
        missions.addFind(id, unitLabel, k, recordId, RequestFields.text(note, "note", 1000));
        audit.record(AuditAction.UPDATE, ENTITY, id, k + " " + ref + " found");
        return get(id);
    }

    /**
     * Marks the site excavated: refused while no hazardous area is linked for its ground or that area is still open,
     * because every excavation is cleared of ordnance first.
     */
    @Transactional
    public RecoveryMission markExcavated(long id, String on) {
        RecoveryMission m = writable(id);
        if (m.type() != MissionType.EXCAVATION) {
            throw new ConflictException(m.ref() + " is an investigation; only an excavation marks a site excavated");
        }
        if (m.excavatedOn() != null) {
            throw new ConflictException(m.ref() + " was marked excavated on " + m.excavatedOn());
        }
        if (m.hazardAreaId() == null) {
            throw new ConflictException("site " + m.siteRef() + " cannot be marked excavated: no ordnance clearance is"
                    + " recorded for its ground (link the hazardous area cleared ahead of the excavation)");
        }
        if (AreaStatus.valueOf(m.hazardAreaStatus()) == AreaStatus.OPEN) {
            throw new ConflictException("site " + m.siteRef() + " cannot be marked excavated: ordnance clearance of "
                    + m.hazardAreaRef() + " is not closed");
        }
        LocalDate day = RequestFields.pastDate(on, "excavatedOn");
        if (day.isBefore(m.startDate())) {
            throw new IllegalArgumentException("excavatedOn: " + day + " is before the mission began, " + m.startDate());
        }
        missions.markExcavated(id, day);
        audit.record(AuditAction.UPDATE, ENTITY, id, "site " + m.siteRef() + " excavated on " + day + " (area "
                + m.hazardAreaRef() + " " + m.hazardAreaStatus() + ")");
        return get(id);
    }

    @Transactional
    public RecoveryMission share(long id) {
        RecoveryMission m = writable(id);
        missions.share(id);
        audit.record(AuditAction.SHARE, ENTITY, id, m.ref() + " shared with " + m.side().other());
        return get(id);
    }

    private RecoveryMission writable(long id) {
        CurrentUser u = users.get();
        RecoveryMission m = get(id);
        if (m.side() != u.side() && !m.joint()) {
            throw new ConflictException(m.ref() + " was recorded by " + m.side() + "; only that side changes it");
        }
        return m;
    }
}
