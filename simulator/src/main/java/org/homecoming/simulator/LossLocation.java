package org.homecoming.simulator;

import java.util.List;
import java.util.SplittableRandom;
import org.homecoming.kinship.evidence.GeoPoint;
import org.homecoming.simulator.people.FlatEarth;
import org.homecoming.simulator.people.Gazetteer;

/**
 * Where a record puts a loss: the point written down and the precision it claims, the true point lying within
 * that distance of it.
 *
 * <p>{@code LossLocation.around(truth, province, LossLocation.Kind.FRONT, rng).precisionM()} lies in [20 000, 50 000].
 *
 * <p>The precision is log-uniform over the kind's range, rounded to 500 m; the recorded point is the true one moved
 * by a distance uniform over the disc of that radius (so the truth is within the precision, at 0.71 of it in the
 * median). A recorded point must lie on land, within {@value #LAND_M} m of one of the gazetteer's sample points;
 * after twenty points at sea the distance is halved.
 */
record LossLocation(GeoPoint recorded, int precisionM) {

    static final double LAND_M = 12_000;

    /** How well the record places the loss, and the range of precision that follows. */
    enum Kind {
        /** The place of death or burial is written down (a hill, an aid station, a commune): 1–5 km. */
        PLACE(1_000, 5_000),
        /** The battle or the area is known: 5–20 km. */
        AREA(5_000, 20_000),
        /** Only the front, "Mặt trận X": 20–50 km. */
        FRONT(20_000, 50_000),
        /** A US aircraft loss, placed by the last radar or radio contact: 2–10 km. */
        AIRCRAFT(2_000, 10_000),
        /** A US ground loss, placed on the unit's map grid: 1–3 km. */
        GROUND(1_000, 3_000);

        final double min;
        final double max;

        Kind(double min, double max) {
            this.min = min;
            this.max = max;
        }
    }

    /** {@code province}: where the truth lies, whose points are tried first as evidence of land. */
    static LossLocation around(GeoPoint truth, Gazetteer.Province province, Kind kind, SplittableRandom rng) {
        double logPrecision = Math.log(kind.min) + rng.nextDouble() * (Math.log(kind.max) - Math.log(kind.min));
        int precision = (int) Math.max(kind.min, Math.min(kind.max, 500 * Math.round(Math.exp(logPrecision) / 500)));
        double radius = precision;
        for (int attempt = 1; ; attempt++) {
            double r = radius * Math.sqrt(rng.nextDouble());
            double angle = rng.nextDouble() * 2 * Math.PI;
            GeoPoint p = FlatEarth.offset(truth, r * Math.cos(angle), r * Math.sin(angle));
            if (onLand(p, province) || radius < 100) {
                return new LossLocation(p, precision);
            }
            if (attempt % 20 == 0) {
                radius /= 2;
            }
        }
    }

    private static boolean onLand(GeoPoint p, Gazetteer.Province home) {
        if (nearAny(p, home.points())) {
            return true;
        }
        for (Gazetteer.Province province : Gazetteer.get().provinces()) {
            if (province != home && nearAny(p, province.points())) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearAny(GeoPoint p, List<GeoPoint> points) {
        double latitudeBand = LAND_M / 111_320.0;
        for (GeoPoint q : points) {
            // a cheap test on latitude first: most points are far north or south
            if (Math.abs(q.lat() - p.lat()) <= latitudeBand && distanceM(p, q) <= LAND_M) {
                return true;
            }
        }
        return false;
    }

    /** Equirectangular distance, within a fraction of a percent of the great-circle one below 100 km. */
    static double distanceM(GeoPoint a, GeoPoint b) {
        double north = (a.lat() - b.lat()) * 111_320.0;
        double east = (a.lon() - b.lon()) * 111_320.0 * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return Math.hypot(north, east);
    }
}
