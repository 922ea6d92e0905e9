package org.homecoming.server.dioxin.volume;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.homecoming.dioxin.geostat.CellEstimate;
import org.homecoming.dioxin.geostat.DepthLayer;
import org.homecoming.dioxin.geostat.Grid;
import org.homecoming.dioxin.geostat.LayerVolume;
import org.homecoming.dioxin.geostat.LocalPlane;
import org.homecoming.dioxin.geostat.Observation;
import org.homecoming.dioxin.geostat.Region;
import org.homecoming.dioxin.geostat.SamplingAdvisor;
import org.homecoming.dioxin.geostat.VolumeEstimator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Computes a {@link SiteVolume} from its {@link VolumeInputs} alone, so a saved estimate recomputes to the same
 * figures.
 *
 * <pre>{@code
 * SiteVolume v = new VolumeCalculation().compute(inputs);
 * }</pre>
 *
 * <p>The plane is centred on the region's centroid; each depth layer with at least {@link #MIN_SAMPLES} samples
 * is kriged on the cells of the region; suggestions for the next samples keep half the median distance between
 * neighbouring samples (at least two cells) from each other and from the samples taken.
 */
public final class VolumeCalculation {

    /** Fewer samples than this in a layer give no usable variogram. */
    public static final int MIN_SAMPLES = 10;

    /** The central band of each cell's probability: 80%. */
    static final double TAIL = 0.1;

    static final int SUGGESTIONS = 10;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    public SiteVolume compute(VolumeInputs in) {
        Geometry lonLat = read(in.regionWkt());
        Coordinate centre = lonLat.getCentroid().getCoordinate();
        LocalPlane plane = new LocalPlane(centre.y, centre.x);
        Geometry onPlane = toPlane(lonLat, plane);
        Region region = region(onPlane);
        Grid grid = Grid.covering(region.bounds(), in.cellSizeM());
        Map<DepthLayer, List<VolumeEstimator.Teq>> byLayer = new TreeMap<>();
        List<Observation> taken = new ArrayList<>();
        for (VolumeInputs.Sample s : in.samples()) {
            double x = plane.x(s.lon());
            double y = plane.y(s.lat());
            byLayer.computeIfAbsent(new DepthLayer(s.top(), s.bottom()), k -> new ArrayList<>())
                    .add(new VolumeEstimator.Teq(x, y, s.teq()));
            taken.add(new Observation(x, y, 0));
        }
        VolumeEstimator estimator = new VolumeEstimator(TAIL);
        List<SiteVolume.Layer> layers = new ArrayList<>();
        List<SiteVolume.Skipped> skipped = new ArrayList<>();
        Set<Long> footprint = new HashSet<>();
        for (Map.Entry<DepthLayer, List<VolumeEstimator.Teq>> e : byLayer.entrySet()) {
            DepthLayer d = e.getKey();
            int n = e.getValue().size();
            if (n < MIN_SAMPLES) {
                skipped.add(new SiteVolume.Skipped(d.top(), d.bottom(), n, SiteVolume.Reason.TOO_FEW_SAMPLES,
                        n + " samples, at least " + MIN_SAMPLES + " needed"));
                continue;
            }
            try {
                LayerVolume v = estimator.estimate(d, e.getValue(), in.thresholdPgPerG(), region, grid);
                layers.add(new SiteVolume.Layer(v, hotspot(v, grid, plane)));
                v.estimates().stream().filter(c -> c.probabilityAbove() > 0.5)
                        .forEach(c -> footprint.add(((long) c.column() << 32) | c.row()));
            } catch (IllegalArgumentException ex) {
                boolean flat = ex.getMessage() != null && ex.getMessage().contains("do not vary");
                skipped.add(new SiteVolume.Skipped(d.top(), d.bottom(), n,
                        flat ? SiteVolume.Reason.NO_VARIATION : SiteVolume.Reason.NOT_ESTIMABLE, ex.getMessage()));
            }
        }
        double spacing = Math.max(2 * in.cellSizeM(), medianNeighbourDistance(taken) / 2);
        List<SiteVolume.NextSample> next = new SamplingAdvisor()
                .suggest(layers.stream().map(SiteVolume.Layer::volume).toList(), taken, SUGGESTIONS, spacing).stream()
                .map(s -> new SiteVolume.NextSample(plane.lat(s.y()), plane.lon(s.x()), s.scoreM3())).toList();
        return new SiteVolume(in, layers, skipped, next, footprint.size() * grid.cellArea());
    }

    /** The cells whose kriged median is above the threshold, merged into polygons, in lon lat. */
    private static Geometry hotspot(LayerVolume v, Grid grid, LocalPlane plane) {
        double h = grid.cellSize() / 2;
        List<Geometry> cells = new ArrayList<>();
        for (CellEstimate c : v.estimates()) {
            if (c.probabilityAbove() > 0.5) {
                cells.add(GEOMETRY.toGeometry(new Envelope(c.x() - h, c.x() + h, c.y() - h, c.y() + h)));
            }
        }
        Geometry union = cells.isEmpty() ? GEOMETRY.createPolygon() : UnaryUnionOp.union(cells);
        return transform(union, plane::lon, plane::lat);
    }

    private static double medianNeighbourDistance(List<Observation> points) {
        if (points.size() < 2) {
            return 0;
        }
        double[] nearest = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < points.size(); j++) {
                double d = Math.hypot(points.get(i).x() - points.get(j).x(), points.get(i).y() - points.get(j).y());
                if (i != j && d > 0) {
                    best = Math.min(best, d);
                }
            }
            nearest[i] = Double.isInfinite(best) ? 0 : best;
        }
        java.util.Arrays.sort(nearest);
        return nearest[nearest.length / 2];
    }

    private static Region region(Geometry onPlane) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(onPlane);
        Envelope e = onPlane.getEnvelopeInternal();
        Region.Bounds bounds = new Region.Bounds(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        return new Region() {
            @Override
            public boolean contains(double x, double y) {
                return prepared.contains(GEOMETRY.createPoint(new Coordinate(x, y)));
            }

            @Override
            public Bounds bounds() {
                return bounds;
            }
        };
    }

    static Geometry read(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the region is not WKT: " + e.getMessage(), e);
        }
    }

    private static Geometry toPlane(Geometry lonLat, LocalPlane plane) {
        return transform(lonLat, plane::x, plane::y);
    }

    private static Geometry transform(Geometry g, java.util.function.DoubleUnaryOperator fx,
            java.util.function.DoubleUnaryOperator fy) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = fx.applyAsDouble(seq.getX(i));
                double y = fy.applyAsDouble(seq.getY(i));
                seq.setOrdinate(i, CoordinateSequence.X, x);
                seq.setOrdinate(i, CoordinateSequence.Y, y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
