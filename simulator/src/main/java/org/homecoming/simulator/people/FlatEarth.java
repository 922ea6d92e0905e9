package org.homecoming.simulator.people;

import org.homecoming.kinship.evidence.GeoPoint;

/**
 * Moves a point by metres north and east on a locally flat earth: how the simulator scatters graves
 * around a site and loss places around a battle, where distances stay below about 10 km.
 *
 * <p>{@code FlatEarth.offset(new GeoPoint(16.75, 107.18), 1000, 0)} is about 0.009° further north.
 */
public final class FlatEarth {

    private FlatEarth() {
    }

    /** The point {@code north} metres north and {@code east} metres east of {@code from}. */
    public static GeoPoint offset(GeoPoint from, double north, double east) {
        double dLat = north / 111_320.0;
        double dLon = east / (111_320.0 * Math.cos(Math.toRadians(from.lat())));
        return new GeoPoint(from.lat() + dLat, from.lon() + dLon);
    }
}
