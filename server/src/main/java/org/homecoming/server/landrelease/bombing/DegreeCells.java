package org.homecoming.server.landrelease.bombing;

/**
 * Numbers the 1° squares of the globe row by row from the south-west, {@code (⌊lat⌋ + 90) · 360 + ⌊lon⌋ + 180},
 * so that every point of a box has a key between those of the box's south-west and north-east corners.
 *
 * <pre>{@code
 * DegreeCells.key(21.03, 105.85); // (21 + 90) * 360 + 105 + 180 = 40245
 * }</pre>
 *
 * <p>The range also holds the squares of the rows in between outside the box's longitudes; the query's own
 * latitude and longitude conditions drop those rows.
 */
final class DegreeCells {

    private DegreeCells() {
    }

    static int key(double lat, double lon) {
        return ((int) Math.floor(lat) + 90) * 360 + (int) Math.floor(lon) + 180;
    }
}
