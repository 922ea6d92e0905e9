package org.homecoming.server.dioxin.volume;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homecoming.dioxin.geostat.LocalPlane;
import org.homecoming.server.audit.AuditAction;
import org.homecoming.server.audit.AuditLog;
import org.homecoming.server.dioxin.DioxinService;
import org.homecoming.server.dioxin.SampleTeq;
import org.homecoming.server.security.CurrentUser;
import org.homecoming.server.security.CurrentUsers;
import org.homecoming.server.web.NotFoundException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Estimates, saves and recomputes the volume of a site's soil above a threshold.
 *
 * <pre>{@code
 * SiteVolume v = volumes.estimate(new VolumeRequest("BIEN_HOA", 1000, TefSchemeId.WHO_2005, NonDetectBound.UPPER, null, null));
 * long id = volumes.save(request);          // with every input
 * volumes.recompute(volumes.saved(id));     // the same figures from the saved inputs
 * }</pre>
 *
 * <p>The region is the site's outline where one is recorded, otherwise the convex hull of its samples (no
 * extrapolation beyond them). Only soil and sediment samples with a depth interval count.
 */
@Service
public class VolumeService {

    static final String ENTITY = "DIOXIN_VOLUME_ESTIMATE";

    /** The default cell size aims at about this many cells over the region. */
    static final int TARGET_CELLS = 10_000;

    private static final double[] NICE_SIZES = {1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500};
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final DioxinService dioxin;
    private final VolumeRepository repository;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final VolumeCalculation calculation = new VolumeCalculation();

    VolumeService(DioxinService dioxin, VolumeRepository repository, CurrentUsers users, AuditLog audit) {
        this.dioxin = dioxin;
        this.repository = repository;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public SiteVolume estimate(VolumeRequest request) {
        return calculation.compute(inputs(request));
    }

    /** Computes the estimate and saves it with its inputs; returns its id. */
    @Transactional
    public long save(VolumeRequest request) {
        CurrentUser u = users.get();
        long siteId = repository.siteId(request.site()).orElseThrow(() -> new NotFoundException("dioxin site", request.site()));
        SiteVolume v = calculation.compute(inputs(request));
        long id = repository.insert(siteId, v, u.side(), u.username(), OffsetDateTime.now());
        audit.record(AuditAction.CREATE, ENTITY, id, request.site() + ": " + v.volumeM3() + " m³ above "
                + request.thresholdPgPerG() + " pg/g (" + request.scheme().code() + ", " + request.bound().code() + ")");
        return id;
    }

    @Transactional(readOnly = true)
    public SavedEstimate saved(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("volume estimate", id));
    }

    @Transactional(readOnly = true)
    public List<SavedEstimate> savedFor(String site) {
        return repository.forSite(site);
    }

    /** The saved estimate computed again from its saved inputs alone. */
    public SiteVolume recompute(SavedEstimate saved) {
        return calculation.compute(saved.inputs());
    }

    VolumeInputs inputs(VolumeRequest r) {
        List<VolumeInputs.Sample> samples = new ArrayList<>();
        for (SampleTeq s : dioxin.groundTeq(r.site(), r.campaign(), r.scheme(), r.bound())) {
            Double top = s.sample().depthTopM();
            Double bottom = s.sample().depthBottomM();
            if (top != null && bottom != null && bottom > top && top >= 0) {
                samples.add(new VolumeInputs.Sample(s.sample().ref(), s.sample().lat(), s.sample().lon(), top, bottom,
                        s.teq().teq()));
            }
        }
        if (samples.size() < VolumeCalculation.MIN_SAMPLES) {
            throw new IllegalArgumentException("site " + r.site() + " has " + samples.size() + " soil or sediment samples"
                    + " with a depth and results; at least " + VolumeCalculation.MIN_SAMPLES + " are needed");
        }
        Optional<Geometry> outline = outline(r.site());
        Geometry region = outline.orElseGet(() -> GEOMETRY.createMultiPointFromCoords(samples.stream()
                .map(s -> new Coordinate(s.lon(), s.lat())).toArray(Coordinate[]::new)).convexHull());
        if (region.getArea() <= 0) {
            throw new IllegalArgumentException("the samples of site " + r.site() + " lie on a line and enclose no area");
        }
        double cell = r.cellSizeM() != null ? r.cellSizeM() : defaultCellSize(region);
        return new VolumeInputs(r.site(), r.campaign(), r.thresholdPgPerG(), r.scheme().code(), r.bound().code(), cell,
                outline.isPresent() ? VolumeInputs.OUTLINE : VolumeInputs.CONVEX_HULL, region.toText(), samples);
    }

    private Optional<Geometry> outline(String site) {
        String wkt = dioxin.site(site).outlineWkt();
        return wkt == null ? Optional.empty() : Optional.of(VolumeCalculation.read(wkt));
    }

    /** The smallest round size (1, 2, 2.5, 5 × 10ⁿ m) giving at most about {@link #TARGET_CELLS} cells. */
    static double defaultCellSize(Geometry lonLat) {
        Coordinate c = lonLat.getCentroid().getCoordinate();
        LocalPlane p = new LocalPlane(c.y, c.x);
        double w = p.x(lonLat.getEnvelopeInternal().getMaxX()) - p.x(lonLat.getEnvelopeInternal().getMinX());
        double h = p.y(lonLat.getEnvelopeInternal().getMaxY()) - p.y(lonLat.getEnvelopeInternal().getMinY());
        double raw = Math.sqrt(w * h / TARGET_CELLS);
        for (double size : NICE_SIZES) {
            if (size >= raw) {
                return size;
            }
        }
        return Math.ceil(raw / 100) * 100;
    }
}
