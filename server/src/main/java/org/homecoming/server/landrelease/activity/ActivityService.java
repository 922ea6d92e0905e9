package org.homecoming.server.landrelease.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.geo.ProvinceLocator;
import org.homecoming.server.landrelease.DeviceCategory;
import org.homecoming.server.web.Enums;
import org.homecoming.server.web.RequestFields;
import org.homecoming.server.landrelease.area.AreaGeometry;
import org.homecoming.server.landrelease.area.AreaStatus;
import org.homecoming.server.landrelease.area.EllipsoidArea;
import org.homecoming.server.landrelease.area.HazardArea;
import org.homecoming.server.landrelease.area.HazardAreaRepository;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.ConflictException;
import org.homecoming.server.web.NotFoundException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records survey and clearance activities for the current user's side, completes them with their land-release
 * product (which lowers the remaining area of the hazardous area worked) and records the ordnance they find.
 * Every change is audited.
 *
 * <pre>{@code
 * Activity a = service.create(new ActivityRequest(12L, "CLEARANCE", "Team 1", null, List.of("MANUAL"), null,
 *         "2026-03-01", null, null, null, null));
 * service.complete(a.id(), new CompletionRequest("2026-04-30", null, null, 4200.0, 30));
 * }</pre>
 */
@Service
public class ActivityService {

    static final String ENTITY = "LR_ACTIVITY";
    static final String FIND_ENTITY = "LR_ORDNANCE_FIND";

    private final ActivityRepository activities;
    private final HazardAreaRepository areas;
    private final AreaGeometry geometry;
    private final ProvinceLocator provinces;
    private final CurrentUsers users;
    private final AuditLog audit;

    ActivityService(ActivityRepository activities, HazardAreaRepository areas, AreaGeometry geometry,
            ProvinceLocator provinces, CurrentUsers users, AuditLog audit) {
        this.activities = activities;
        this.areas = areas;
        this.geometry = geometry;
        this.provinces = provinces;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    public Activity create(ActivityRequest r) {
        CurrentUser u = users.get();
        ActivityType type = ActivityType.parse(r.type());
        HazardArea area = null;
        if (r.hazardAreaId() != null) {
            area = areas.find(r.hazardAreaId(), u.side())
                    .orElseThrow(() -> new IllegalArgumentException("hazardAreaId: no hazardous area " + r.hazardAreaId()));
            if (area.status() == AreaStatus.HANDED_OVER) {
                throw new IllegalArgumentException("hazardAreaId: " + area.ref() + " was handed over; record new"
                        + " contamination as a new area");
            }
        } else if (type != ActivityType.EOD_SPOT) {
            throw new IllegalArgumentException("hazardAreaId: required for " + type + " (only an EOD spot task may"
                    + " lie outside a recorded area)");
        }
        String organisation = RequestFields.requiredText(r.organisation(), "organisation", 200);
        List<Method> methods = new ArrayList<>(new LinkedHashSet<>((r.methods() == null ? List.<String>of() : r.methods())
                .stream().map(Method::parse).toList()));
        if (methods.isEmpty() && type != ActivityType.NTS) {
            throw new IllegalArgumentException("methods: name at least one of MANUAL, MECHANICAL, DOGS");
        }
        ActivityStatus status = r.status() == null || r.status().isBlank() ? ActivityStatus.ONGOING
                : ActivityStatus.parse(r.status());
        if (status == ActivityStatus.COMPLETED) {
            throw new IllegalArgumentException("status: an activity is completed through /complete, with its product");
        }
        LocalDate start = RequestFields.date(r.startDate(), "startDate");
        if (start == null) {
            throw new IllegalArgumentException("startDate: required (YYYY-MM-DD)");
        }
        if (status != ActivityStatus.PLANNED && start.isAfter(RequestFields.today())) {
            throw new IllegalArgumentException("startDate: " + start + " is in the future; record the activity as PLANNED");
        }
        String wkt = null;
        Double worked = null;
        String province = area == null ? null : area.places().province();
        if (r.worked() != null && !r.worked().isNull()) {
            Geometry g;
            try {
                g = geometry.polygon(r.worked(), false);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("worked: " + e.getMessage(), e);
            }
            wkt = g.toText();
            worked = EllipsoidArea.squareMetres(g);
            if (province == null) {
                Point c = g.getInteriorPoint();
                province = provinces.current(c.getX(), c.getY()).orElse(null);
            }
        } else if (province == null && r.lat() != null && r.lon() != null) {
            geometry.checkPoint(r.lon(), r.lat(), false, "position");
            province = provinces.current(r.lon(), r.lat()).orElse(null);
        }
        ActivityRepository.Draft d = new ActivityRepository.Draft(area == null ? null : area.id(), type, organisation,
                RequestFields.text(r.team(), "team", 200), methods,
                RequestFields.text(r.detectorType(), "detectorType", 200), start, status,
                wkt, worked, province);
        long id = activities.insert(d, u.side(), u.username(), OffsetDateTime.now());
        audit.record(AuditAction.CREATE, ENTITY, id, type + (area == null ? "" : " on " + area.ref()) + " by " + organisation);
        return activities.find(id, u.side()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Activity get(long id) {
        return activities.find(id, users.get().side()).orElseThrow(() -> new NotFoundException("activity", id));
    }

    @Transactional(readOnly = true)
    public List<Activity> list(Long hazardAreaId, ActivityStatus status) {
        return activities.list(users.get().side(), hazardAreaId, status);
    }

    @Transactional(readOnly = true)
    public List<OrdnanceFind> finds(long activityId) {
        get(activityId);
        return activities.findsOf(activityId, users.get().side());
    }

    @Transactional(readOnly = true)
    public List<OrdnanceFind> findsIn(double west, double south, double east, double north) {
        return activities.findsIn(users.get().side(), west, south, east, north);
    }

    /**
     * Completes an activity with its product: only the way of release its type yields (NTS cancels, TS reduces,
     * clearance clears, with the depth), no more than the area still contaminated, ending on or after its start and
     * not in the future. The hazardous area's remaining area is lowered in the same transaction.
     */
    @Transactional
    public Activity complete(long id, CompletionRequest r) {
        CurrentUser u = users.get();
        Activity a = own(id, u);
        if (a.status() == ActivityStatus.COMPLETED) {
            throw new ConflictException("activity " + a.ref() + " is already completed");
        }
        LocalDate end = RequestFields.date(r.endDate(), "endDate");
        if (end == null) {
            throw new IllegalArgumentException("endDate: required (YYYY-MM-DD)");
        }
        if (end.isBefore(a.startDate())) {
            throw new IllegalArgumentException("endDate: " + end + " is before the start, " + a.startDate());
        }
        if (end.isAfter(RequestFields.today())) {
            throw new IllegalArgumentException("endDate: " + end + " is in the future");
        }
        Product p = new Product(amount(r.cancelledM2(), "cancelledM2"), amount(r.reducedM2(), "reducedM2"),
                amount(r.clearedM2(), "clearedM2"), r.clearanceDepthCm());
        ReleaseKind allowed = a.type().releases();
        for (ReleaseKind k : ReleaseKind.values()) {
            if (k != allowed && p.of(k) > 0) {
                throw new IllegalArgumentException(field(k) + ": " + (allowed == null ? "an EOD spot task releases no land"
                        : "a " + a.type() + " activity only " + verb(allowed) + " land"));
            }
        }
        if (p.clearedM2() > 0 && (p.clearanceDepthCm() == null || p.clearanceDepthCm() <= 0)) {
            throw new IllegalArgumentException("clearanceDepthCm: required, in cm above 0, when land is cleared");
        }
        if (p.clearanceDepthCm() != null && p.clearedM2() == 0) {
            throw new IllegalArgumentException("clearanceDepthCm: given, but no land was cleared");
        }
        if (a.hazardAreaId() != null && p.totalM2() > 0) {
            HazardArea area = areas.find(a.hazardAreaId(), u.side()).orElseThrow();
            if (p.totalM2() > area.remainingAreaM2() + 1e-6) {
                throw new IllegalArgumentException(field(allowed) + ": " + p.totalM2() + " m² is more than the "
                        + area.remainingAreaM2() + " m² of " + area.ref() + " still contaminated");
            }
            areas.lowerRemaining(area.id(), p.totalM2());
        }
        activities.complete(id, end, p);
        audit.record(AuditAction.UPDATE, ENTITY, id, a.ref() + " completed on " + end + ": cancelled " + p.cancelledM2()
                + " m2, reduced " + p.reducedM2() + " m2, cleared " + p.clearedM2() + " m2");
        return activities.find(id, u.side()).orElseThrow();
    }

    /** Records an item found by an activity of the user's side, where it was found. */
    @Transactional
    public OrdnanceFind addFind(long activityId, FindRequest r) {
        CurrentUser u = users.get();
        Activity a = own(activityId, u);
        CoordinateSystem system = r.originalSystem() == null || r.originalSystem().isBlank() ? null
                : CoordinateSystem.parse(r.originalSystem());
        String original = RequestFields.text(r.originalCoordinates(), "originalCoordinates", 100);
        if ((system == null) != (original == null)) {
            throw new IllegalArgumentException("originalSystem: give the original coordinates and their system together");
        }
        Double lat = r.lat();
        Double lon = r.lon();
        if ((lat == null || lon == null) && system == CoordinateSystem.MGRS) {
            Mgrs.LatLon p = Mgrs.toLatLon(original);
            lat = p.lat();
            lon = p.lon();
        }
        if (lat == null || lon == null) {
            throw new IllegalArgumentException("lat, lon: required, WGS 84 decimal degrees of the place found (an MGRS"
                    + " reference is converted; a VN-2000 or UTM original needs its WGS 84 position too)");
        }
        geometry.checkPoint(lon, lat, false, "lat, lon");
        DeviceCategory category = Enums.parse(DeviceCategory.class, r.category(), "category");
        int quantity = r.quantity() == null ? 1 : r.quantity();
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity: at least 1: " + quantity);
        }
        if (r.depthCm() != null && (r.depthCm() < 0 || r.depthCm() > 3000)) {
            throw new IllegalArgumentException("depthCm: between 0 and 3000: " + r.depthCm());
        }
        ItemCondition condition = r.condition() == null || r.condition().isBlank() ? ItemCondition.UNKNOWN
                : ItemCondition.parse(r.condition());
        LocalDate found = RequestFields.date(r.foundOn(), "foundOn");
        if (found == null) {
            throw new IllegalArgumentException("foundOn: required (YYYY-MM-DD)");
        }
        if (found.isBefore(a.startDate()) || found.isAfter(RequestFields.today())) {
            throw new IllegalArgumentException("foundOn: " + found + " is outside the activity (from " + a.startDate()
                    + ") or in the future");
        }
        Disposal disposal = r.disposal() == null || r.disposal().isBlank() ? Disposal.PENDING : Disposal.parse(r.disposal());
        LocalDate disposed = RequestFields.date(r.disposedOn(), "disposedOn");
        if (disposal == Disposal.PENDING && disposed != null) {
            throw new IllegalArgumentException("disposedOn: given for an item not yet disposed of");
        }
        if (disposal != Disposal.PENDING && disposed == null) {
            disposed = found;
        }
        if (disposed != null && disposed.isBefore(found)) {
            throw new IllegalArgumentException("disposedOn: " + disposed + " is before it was found, " + found);
        }
        String province = provinces.current(lon, lat).orElse(a.province());
        OrdnanceFind f = new OrdnanceFind(0, a.id(), a.ref(), a.hazardAreaId(), lat, lon, original, system, category,
                RequestFields.text(r.model(), "model", 120), quantity, condition, r.depthCm(), found, disposal, disposed,
                province,
                u.side(), a.shared());
        long id = activities.insertFind(f, u.username(), OffsetDateTime.now());
        audit.record(AuditAction.CREATE, FIND_ENTITY, id, quantity + " " + category + " found by " + a.ref());
        return activities.findsOf(a.id(), u.side()).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /**
     * Records every find of a CSV of points (the header of the map's ordnance export: {@code lon, lat, category,
     * model, quantity, condition, foundOn, disposal}, optionally {@code depthCm, disposedOn, originalCoordinates,
     * originalSystem}) for an activity, or none: the first refused row names the file, its line and the field.
     */
    @Transactional
    public List<OrdnanceFind> importFinds(long activityId, String fileName, java.io.Reader csv) throws java.io.IOException {
        java.util.List<Long> added = new java.util.ArrayList<>();
        org.apache.commons.csv.CSVParser rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get().parse(csv);
        for (String column : List.of("lon", "lat", "category", "foundOn")) {
            if (!rows.getHeaderMap().containsKey(column)) {
                throw new IllegalArgumentException(fileName + ":1: " + column + ": missing column");
            }
        }
        for (org.apache.commons.csv.CSVRecord r : rows) {
            try {
                added.add(addFind(activityId, new FindRequest(RequestFields.number(cell(r, "lat"), "lat"),
                        RequestFields.number(cell(r, "lon"), "lon"), cell(r, "originalCoordinates"),
                        cell(r, "originalSystem"), cell(r, "category"), cell(r, "model"),
                        RequestFields.whole(cell(r, "quantity"), "quantity"), cell(r, "condition"),
                        RequestFields.whole(cell(r, "depthCm"), "depthCm"), cell(r, "foundOn"), cell(r, "disposal"),
                        cell(r, "disposedOn"))).id());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(fileName + ":" + (r.getRecordNumber() + 1) + ": " + e.getMessage(), e);
            }
        }
        return activities.findsOf(activityId, users.get().side()).stream().filter(f -> added.contains(f.id())).toList();
    }

    private static String cell(org.apache.commons.csv.CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) && !r.get(column).isBlank() ? r.get(column) : null;
    }

    /** Shares an activity of the user's side, with its finds, with the other side. */
    @Transactional
    public Activity share(long id) {
        CurrentUser u = users.get();
        Activity a = own(id, u);
        activities.share(id);
        audit.record(AuditAction.SHARE, ENTITY, id, a.ref() + " shared with " + u.side().other());
        return activities.find(id, u.side()).orElseThrow();
    }

    private Activity own(long id, CurrentUser u) {
        Activity a = activities.find(id, u.side()).orElseThrow(() -> new NotFoundException("activity", id));
        if (a.side() != u.side()) {
            throw new ConflictException("activity " + a.ref() + " was recorded by " + a.side()
                    + "; only that side changes or shares it");
        }
        return a;
    }


    private static String field(ReleaseKind k) {
        return switch (k == null ? ReleaseKind.CLEARED : k) {
            case CANCELLED -> "cancelledM2";
            case REDUCED -> "reducedM2";
            case CLEARED -> "clearedM2";
        };
    }

    private static String verb(ReleaseKind k) {
        return switch (k) {
            case CANCELLED -> "cancels";
            case REDUCED -> "reduces";
            case CLEARED -> "clears";
        };
    }

    private static double amount(Double value, String field) {
        if (value == null) {
            return 0;
        }
        if (value.isNaN() || value < 0 || value > 1e10) {
            throw new IllegalArgumentException(field + ": m² between 0 and 10,000 km²: " + value);
        }
        return value;
    }



}
