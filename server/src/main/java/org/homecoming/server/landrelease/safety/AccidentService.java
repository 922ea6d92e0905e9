package org.homecoming.server.landrelease.safety;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.geo.ProvinceLocator;
import org.homecoming.server.landrelease.DeviceCategory;
import org.homecoming.server.web.Enums;
import org.homecoming.server.web.RequestFields;
import org.homecoming.server.landrelease.area.AreaGeometry;
import org.homecoming.server.landrelease.area.HazardAreaRepository;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.homecoming.server.web.ConflictException;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records explosive-ordnance accidents and their victims, and decides whose details a reader sees: a victim's sex,
 * age and injury are personal and health data, shown to the mine-action, field, liaison, case and administrator
 * roles of the side that recorded them, to the other side only with the victim's recorded consent, and every
 * such view is audited. Everyone else sees the counts killed and injured.
 *
 * <pre>{@code
 * Accident a = service.record(request);      // victims get VIC-<year>-<n> references
 * service.recordConsent(a.id(), victimId, "signed form 12");
 * }</pre>
 */
@Service
public class AccidentService {

    static final String ENTITY = "LR_ACCIDENT";
    static final String VICTIM_ENTITY = "LR_VICTIM";
    private static final Set<Role> SEE_VICTIMS = Set.of(Role.MINE_ACTION_OFFICER, Role.FIELD_TEAM, Role.LIAISON,
            Role.CASE_OFFICER, Role.ADMIN, Role.SOCIAL_WORKER);

    private final AccidentRepository accidents;
    private final HazardAreaRepository areas;
    private final AreaGeometry geometry;
    private final ProvinceLocator provinces;
    private final CurrentUsers users;
    private final AuditLog audit;

    AccidentService(AccidentRepository accidents, HazardAreaRepository areas, AreaGeometry geometry,
            ProvinceLocator provinces, CurrentUsers users, AuditLog audit) {
        this.accidents = accidents;
        this.areas = areas;
        this.geometry = geometry;
        this.provinces = provinces;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    public Accident record(AccidentRequest r) {
        CurrentUser u = users.get();
        if (r.lat() == null || r.lon() == null) {
            throw new IllegalArgumentException("lat, lon: required, WGS 84 decimal degrees of the place of the accident");
        }
        geometry.checkPoint(r.lon(), r.lat(), false, "lat, lon");
        LocalDate on = RequestFields.pastDate(r.occurredOn(), "occurredOn");
        DeviceCategory device = Enums.parse(DeviceCategory.class, r.deviceCategory(), "deviceCategory");
        ActivityAtTime activity = ActivityAtTime.parse(r.activityAtTime());
        boolean demining = activity == ActivityAtTime.DEMINING;
        if (r.deminingAccident() != null && r.deminingAccident() != demining) {
            throw new IllegalArgumentException("deminingAccident: " + r.deminingAccident() + " contradicts activityAtTime "
                    + activity + " (a demining accident is one that happened while demining)");
        }
        if (r.hazardAreaId() != null && areas.find(r.hazardAreaId(), u.side()).isEmpty()) {
            throw new IllegalArgumentException("hazardAreaId: no hazardous area " + r.hazardAreaId());
        }
        List<AccidentRequest.VictimRequest> victims = victims(r.victims());
        String province = provinces.current(r.lon(), r.lat()).orElse(null);
        long id = accidents.insert(new AccidentRepository.Draft(r.lat(), r.lon(), on, device, activity, demining,
                r.hazardAreaId(), province, RequestFields.text(r.description(), "description", 2000)), victims, u.side(),
                u.username(), OffsetDateTime.now());
        audit.record(AuditAction.CREATE, ENTITY, id, device + " on " + on + ", " + victims.size() + " victims");
        return detail(id);
    }

    /** The accident with the victims this reader may see in detail; a view of any victim's details is audited. */
    @Transactional
    public Accident detail(long id) {
        CurrentUser u = users.get();
        Accident a = accidents.find(id, u.side()).orElseThrow(() -> new NotFoundException("accident", id));
        List<AccidentVictim> shown = new ArrayList<>();
        boolean mayRead = u.isSystem() || u.roles().stream().anyMatch(SEE_VICTIMS::contains);
        for (AccidentRepository.StoredVictim v : accidents.victims(id)) {
            if (mayRead && (a.side() == u.side() || v.consentToShare())) {
                shown.add(new AccidentVictim(v.id(), v.personRef(), v.sex(), v.age(), v.outcome(), v.injury(), v.consentToShare()));
            }
        }
        if (!shown.isEmpty()) {
            audit.record(AuditAction.VIEW, VICTIM_ENTITY, id, a.ref() + ": " + shown.size() + " victims' details");
        }
        return new Accident(a.id(), a.ref(), a.lat(), a.lon(), a.occurredOn(), a.device(), a.activityAtTime(),
                a.deminingAccident(), a.hazardAreaId(), a.province(), a.description(), a.side(), a.shared(), a.killed(),
                a.injured(), List.copyOf(shown));
    }

    /**
     * The accident (place, date, device, counts; no victim's details) of the victim with this stable reference, when it
     * is stored and visible to the reader's side; the disability-assistance pillar links its causes with it.
     */
    @Transactional(readOnly = true)
    public Optional<Accident> ofVictim(String personRef) {
        Side side = users.get().side();
        return accidents.accidentOfVictim(personRef).flatMap(id -> accidents.find(id, side));
    }

    @Transactional(readOnly = true)
    public List<Accident> list(Integer year) {
        return accidents.list(users.get().side(), year);
    }

    @Transactional
    public Accident share(long id) {
        CurrentUser u = users.get();
        Accident a = own(id, u);
        accidents.share(id);
        audit.record(AuditAction.SHARE, ENTITY, id, a.ref() + " shared with " + u.side().other()
                + " (victims' details only with their consent)");
        return detail(id);
    }

    /** Records that a victim (or the family) consented to their details being shared with the other side. */
    @Transactional
    public Accident recordConsent(long id, long victimId, String note) {
        CurrentUser u = users.get();
        Accident a = own(id, u);
        String n = RequestFields.requiredText(note, "note", 1000);
        if (!accidents.recordConsent(id, victimId, u.username(), OffsetDateTime.now(), n)) {
            throw new NotFoundException("victim of accident " + a.ref(), victimId);
        }
        audit.record(AuditAction.UPDATE, VICTIM_ENTITY, victimId, "consent to share recorded: " + n);
        return detail(id);
    }

    private Accident own(long id, CurrentUser u) {
        Accident a = accidents.find(id, u.side()).orElseThrow(() -> new NotFoundException("accident", id));
        if (a.side() != u.side()) {
            throw new ConflictException("accident " + a.ref() + " was recorded by " + a.side()
                    + "; only that side changes or shares it");
        }
        return a;
    }

    private static List<AccidentRequest.VictimRequest> victims(List<AccidentRequest.VictimRequest> given) {
        if (given == null || given.isEmpty()) {
            throw new IllegalArgumentException("victims: at least one person killed or injured (an explosion without"
                    + " casualties is recorded as a find or an EOD spot task)");
        }
        List<AccidentRequest.VictimRequest> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            AccidentRequest.VictimRequest v = given.get(i);
            String field = "victims[" + i + "].";
            String sex = v.sex() == null ? "U" : v.sex().strip().toUpperCase(java.util.Locale.ROOT);
            if (!Set.of("F", "M", "U").contains(sex)) {
                throw new IllegalArgumentException(field + "sex: F, M or U: " + v.sex());
            }
            if (v.age() != null && (v.age() < 0 || v.age() > 120)) {
                throw new IllegalArgumentException(field + "age: between 0 and 120: " + v.age());
            }
            Outcome outcome = Enums.parse(Outcome.class, v.outcome(), field + "outcome");
            checked.add(new AccidentRequest.VictimRequest(sex, v.age(), outcome.name(),
                    RequestFields.text(v.injury(), field + "injury", 1000)));
        }
        return checked;
    }
}
