package org.homecoming.server.landrelease.area;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.ConflictException;
import org.homecoming.server.web.NotFoundException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads hazardous areas for the current user's side: creation with its first status row and the
 * overlaps it makes with open areas, status changes along {@link AreaStatus#mayBecome}, overlap reviews, sharing
 * with the other side and all-or-nothing imports of a FeatureCollection. Every change is audited.
 *
 * <pre>{@code
 * HazardAreaDetail d = service.create(feature);
 * service.changeStatus(d.area().id(), AreaStatus.CLOSED, LocalDate.now(), "released by technical survey");
 * }</pre>
 *
 * <p>Only the side that recorded an area changes its status or shares it; the other side reads it once shared.
 */
@Service
public class HazardAreaService {

    static final String ENTITY = "HAZARD_AREA";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    /** Dates of effect are the days of Viet Nam, where the areas lie. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final HazardAreaRepository areas;
    private final HazardAreaFeatureReader reader;
    private final CurrentUsers users;
    private final AuditLog audit;

    HazardAreaService(HazardAreaRepository areas, HazardAreaFeatureReader reader, CurrentUsers users, AuditLog audit) {
        this.areas = areas;
        this.reader = reader;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ListedArea> list(HazardAreaFilter filter) {
        CurrentUser u = users.get();
        return areas.list(filter, u.side()).stream()
                .map(a -> new ListedArea(a, a.wkt() == null ? areas.points(a.id()) : List.of())).toList();
    }

    @Transactional(readOnly = true)
    public HazardAreaDetail detail(long id) {
        CurrentUser u = users.get();
        HazardArea a = areas.find(id, u.side()).orElseThrow(() -> new NotFoundException("hazard area", id));
        return new HazardAreaDetail(a, areas.evidence(id), areas.devices(id), areas.points(id), areas.history(id),
                areas.overlaps(id, u.side()));
    }

    /** Stores the area a GeoJSON Feature describes; an open outline overlapping open areas flags them all. */
    @Transactional
    public HazardAreaDetail create(JsonNode feature) {
        long id = store(reader.read(feature));
        return detail(id);
    }

    /**
     * Stores every feature of a FeatureCollection or none: the first refusal names the feature's index (from 0) and
     * rolls back the areas stored before it. Returns the ids in the file's order.
     */
    @Transactional
    public List<Long> importCollection(String fileName, JsonNode collection) {
        if (collection == null || !"FeatureCollection".equals(collection.path("type").asText())
                || !collection.path("features").isArray()) {
            throw new IllegalArgumentException(fileName + ": type: must be a GeoJSON FeatureCollection with features");
        }
        List<NewHazardArea> read = new ArrayList<>();
        JsonNode features = collection.get("features");
        for (int i = 0; i < features.size(); i++) {
            try {
                read.add(reader.read(features.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(fileName + ": features[" + i + "]: " + e.getMessage(), e);
            }
        }
        List<Long> ids = read.stream().map(this::store).toList();
        audit.record(AuditAction.IMPORT, ENTITY, null, fileName + ": " + ids.size() + " areas, ids " + ids);
        return ids;
    }

    /**
     * Reads a GeoJSON FeatureCollection or a GeoPackage (told apart by the file's first bytes) and stores every
     * feature or none ({@link #importCollection}).
     */
    @Transactional
    public List<Long> importFile(String fileName, java.io.InputStream in) throws java.io.IOException {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in);
        buffered.mark(16);
        byte[] head = buffered.readNBytes(16);
        buffered.reset();
        if (GeoPackageAreas.isGeoPackage(head)) {
            return importCollection(fileName, GeoPackageAreas.read(fileName, buffered));
        }
        JsonNode collection;
        try {
            collection = JSON.readTree(buffered);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(fileName + ":" + e.getLocation().getLineNr() + ": not JSON: "
                    + e.getOriginalMessage());
        }
        return importCollection(fileName, collection);
    }

    /** Moves an area of the user's side to {@code status}; the reason is required and the date not in the future. */
    @Transactional
    public HazardAreaDetail changeStatus(long id, AreaStatus status, LocalDate effectiveOn, String reason) {
        CurrentUser u = users.get();
        HazardArea a = own(id, u);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: required");
        }
        if (reason.length() > 1000) {
            throw new IllegalArgumentException("reason: longer than 1000 characters");
        }
        LocalDate on = effectiveOn == null ? LocalDate.now(ZONE) : effectiveOn;
        if (on.isAfter(LocalDate.now(ZONE))) {
            throw new IllegalArgumentException("effectiveOn: " + on + " is in the future");
        }
        if (!a.status().mayBecome(status)) {
            throw new ConflictException("status: an area " + a.status() + " may not become " + status
                    + (a.status() == AreaStatus.HANDED_OVER ? " (handing over is final)" : ""));
        }
        List<AreaStatusChange> history = areas.history(id);
        LocalDate last = history.get(history.size() - 1).effectiveOn();
        if (on.isBefore(last)) {
            throw new IllegalArgumentException("effectiveOn: " + on + " is before " + last
                    + ", when the present status took effect");
        }
        areas.changeStatus(id, status, on, reason.strip(), u.username(), OffsetDateTime.now());
        audit.record(AuditAction.UPDATE, ENTITY, id, a.ref() + ": status " + a.status() + " -> " + status + " on " + on
                + ": " + reason.strip());
        return detail(id);
    }

    /** Marks the overlap of two visible areas reviewed, with a note saying why both stand. */
    @Transactional
    public HazardAreaDetail reviewOverlap(long id, long otherId, String note) {
        CurrentUser u = users.get();
        HazardArea a = areas.find(id, u.side()).orElseThrow(() -> new NotFoundException("hazard area", id));
        areas.find(otherId, u.side()).orElseThrow(() -> new NotFoundException("hazard area", otherId));
        if (note != null && note.length() > 1000) {
            throw new IllegalArgumentException("note: longer than 1000 characters");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (!areas.reviewOverlap(id, otherId, u.username(), OffsetDateTime.now(), n)) {
            throw new ConflictException("no overlap awaiting review between hazard areas " + id + " and " + otherId);
        }
        audit.record(AuditAction.UPDATE, ENTITY, id, a.ref() + ": overlap with area " + otherId + " reviewed"
                + (n == null ? "" : ": " + n));
        return detail(id);
    }

    /** Shares an area of the user's side with the other side. */
    @Transactional
    public HazardAreaDetail share(long id) {
        CurrentUser u = users.get();
        HazardArea a = own(id, u);
        areas.share(id, u.side());
        audit.record(AuditAction.SHARE, ENTITY, id, a.ref() + " shared with " + u.side().other());
        return detail(id);
    }

    private HazardArea own(long id, CurrentUser u) {
        HazardArea a = areas.find(id, u.side()).orElseThrow(() -> new NotFoundException("hazard area", id));
        if (a.side() != u.side()) {
            throw new ConflictException("hazard area " + id + " was recorded by " + a.side()
                    + "; only that side changes or shares it");
        }
        return a;
    }

    private long store(NewHazardArea n) {
        CurrentUser u = users.get();
        OffsetDateTime now = OffsetDateTime.now();
        long id = areas.insert(n, u.side(), u.username(), now, LocalDate.now(ZONE), "recorded");
        if (n.status() == AreaStatus.OPEN && n.wkt() != null) {
            Geometry outline = read(n.wkt());
            for (HazardArea other : areas.openOutlinesMeeting(n.box(), u.side(), id)) {
                Geometry common = outline.intersection(read(other.wkt()));
                double m2 = EllipsoidArea.squareMetres(common);
                if (m2 > 0) {
                    areas.addOverlap(id, other.id(), m2, now);
                }
            }
        }
        audit.record(AuditAction.CREATE, ENTITY, id, n.areaClass() + " " + n.status() + ", "
                + Math.round(n.estimatedAreaM2()) + " m2" + (n.places().province() == null ? "" : ", " + n.places().province()));
        return id;
    }

    private static Geometry read(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalStateException("stored outline is not WKT: " + e.getMessage(), e);
        }
    }
}
