package org.homecoming.server.landrelease.activity;

/**
 * The body of {@code POST /api/v1/activities/{id}/finds}: where the item was found (WGS 84, with the field sheet's
 * original coordinates and system when they were not WGS 84), what it is and what was done with it.
 *
 * <pre>{@code
 * {"lat":16.81,"lon":107.09,"originalCoordinates":"48Q YD 12345 67890","originalSystem":"MGRS",
 *  "category":"CLUSTER_MUNITION","model":"BLU-26","quantity":3,"condition":"ARMED","depthCm":15,
 *  "foundOn":"2026-03-04","disposal":"DESTROYED_IN_SITU","disposedOn":"2026-03-04"}
 * }</pre>
 */
public record FindRequest(Double lat, Double lon, String originalCoordinates, String originalSystem, String category,
        String model, Integer quantity, String condition, Integer depthCm, String foundOn, String disposal,
        String disposedOn) {
}
