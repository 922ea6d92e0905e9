package org.homecoming.server.dioxin.volume;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.dioxin.geostat.CrossValidation;
import org.homecoming.dioxin.geostat.EmpiricalVariogram;
import org.homecoming.dioxin.geostat.LayerVolume;
import org.homecoming.dioxin.geostat.Variogram;
import org.homecoming.server.geo.GeoJsonGeometry;

/**
 * A {@link SiteVolume} as the API's JSON: the totals the issue names ({@code volumeM3}, {@code low}, {@code high},
 * {@code areaM2}, {@code layers}), then how they were reached — inputs, each layer's variogram (with its
 * experimental points and the fitted curve, for the chart) and cross-validation, the layers left out, and the
 * suggested next samples.
 *
 * <pre>{@code
 * Map<String, Object> body = VolumeJson.of(volume);
 * }</pre>
 */
final class VolumeJson {

    private static final int CURVE_POINTS = 40;

    private VolumeJson() {
    }

    static Map<String, Object> of(SiteVolume v) {
        VolumeInputs in = v.inputs();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", in.site());
        m.put("campaign", in.campaign());
        m.put("threshold", in.thresholdPgPerG());
        m.put("unit", "pg/g");
        m.put("tef", in.tef());
        m.put("bound", in.bound());
        m.put("volumeM3", v.volumeM3());
        m.put("low", v.lowM3());
        m.put("high", v.highM3());
        m.put("areaM2", v.areaM2());
        m.put("expectedM3", v.expectedM3());
        m.put("idwVolumeM3", v.idwM3());
        m.put("interval", "each cell's central 80% band: low counts cells above with probability >= 0.9, high with >= 0.1");
        m.put("cellSizeM", in.cellSizeM());
        m.put("region", in.regionSource());
        m.put("samples", in.samples().size());
        m.put("layers", v.layers().stream().map(l -> layer(l.volume())).toList());
        m.put("skippedLayers", v.skipped().stream().map(VolumeJson::skipped).toList());
        m.put("nextSamples", v.nextSamples().stream().map(s -> Map.of("lat", s.lat(), "lon", s.lon(), "scoreM3", s.scoreM3())).toList());
        return m;
    }

    /** Hotspots per layer and the suggested samples as a GeoJSON FeatureCollection for the map. */
    static Map<String, Object> features(SiteVolume v) {
        List<Object> features = new ArrayList<>();
        for (SiteVolume.Layer l : v.layers()) {
            if (!l.hotspot().isEmpty()) {
                features.add(Map.of("type", "Feature", "geometry", GeoJsonGeometry.of(l.hotspot()), "properties",
                        Map.of("kind", "hotspot", "top", l.volume().layer().top(), "bottom", l.volume().layer().bottom(),
                                "areaM2", l.volume().areaM2())));
            }
        }
        int rank = 1;
        for (SiteVolume.NextSample s : v.nextSamples()) {
            features.add(Map.of("type", "Feature", "geometry", GeoJsonGeometry.point(s.lon(), s.lat()), "properties",
                    Map.of("kind", "next", "rank", rank++, "scoreM3", s.scoreM3())));
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    private static Map<String, Object> layer(LayerVolume l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("top", l.layer().top());
        m.put("bottom", l.layer().bottom());
        m.put("samples", l.observations());
        m.put("areaM2", l.areaM2());
        m.put("volumeM3", l.volumeM3());
        m.put("low", l.lowM3());
        m.put("high", l.highM3());
        m.put("expectedM3", l.expectedM3());
        m.put("idwVolumeM3", l.idwM3());
        m.put("cells", l.cells());
        m.put("regionAreaM2", l.regionAreaM2());
        Variogram g = l.fit().variogram();
        Map<String, Object> variogram = new LinkedHashMap<>();
        variogram.put("model", g.model().name());
        variogram.put("nugget", g.nugget());
        variogram.put("partialSill", g.partialSill());
        variogram.put("range", g.range());
        variogram.put("of", "log10 TEQ");
        variogram.put("experimental", l.fit().empirical().lags().stream().map(VolumeJson::lag).toList());
        List<Object> curve = new ArrayList<>();
        double max = l.fit().empirical().maxDistance();
        for (int i = 0; i <= CURVE_POINTS; i++) {
            double h = max * i / CURVE_POINTS;
            curve.add(Map.of("distance", h, "gamma", g.gamma(h)));
        }
        variogram.put("fitted", curve);
        m.put("variogram", variogram);
        m.put("crossValidation", Map.of("kriging", cv(l.kriging()), "idw", cv(l.idw())));
        return m;
    }

    private static Map<String, Object> lag(EmpiricalVariogram.Lag lag) {
        return Map.of("distance", lag.distance(), "semivariance", lag.semivariance(), "pairs", lag.pairs());
    }

    private static Map<String, Object> cv(CrossValidation cv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("observations", cv.observations());
        m.put("meanError", cv.meanError());
        m.put("rmse", cv.rootMeanSquareError());
        if (!Double.isNaN(cv.meanStandardisedSquaredError())) {
            m.put("meanStandardisedSquaredError", cv.meanStandardisedSquaredError());
        }
        return m;
    }

    private static Map<String, Object> skipped(SiteVolume.Skipped s) {
        return Map.of("top", s.top(), "bottom", s.bottom(), "samples", s.samples(), "reason", s.reason().name(),
                "detail", s.detail() == null ? "" : s.detail());
    }
}
