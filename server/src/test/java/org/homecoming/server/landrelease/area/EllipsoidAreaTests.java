package org.homecoming.server.landrelease.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Areas on the WGS 84 ellipsoid against values worked out independently of the projection: the radii of
 * curvature for a 1 km square, the closed-form area of a quadrangle between two parallels (itself checked
 * against a numerical integral of M·N·cos φ).
 */
class EllipsoidAreaTests {

    private static final double A = 6_378_137.0;
    private static final double E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);

    private static Polygon box(double west, double south, double east, double north) {
        return AreaGeometry.FACTORY.createPolygon(new Coordinate[] {new Coordinate(west, south),
            new Coordinate(east, south), new Coordinate(east, north), new Coordinate(west, north),
            new Coordinate(west, south)});
    }

    /** Area between two parallels over {@code dLonDeg} of longitude: Δλ · a²(1−e²)/2 · [sinφ/(1−e²sin²φ) + atanh(e sinφ)/e]. */
    private static double quadrangle(double south, double north, double dLonDeg) {
        double e = Math.sqrt(E2);
        java.util.function.DoubleUnaryOperator f = phi -> {
            double s = Math.sin(Math.toRadians(phi));
            return s / (1 - E2 * s * s) + atanh(e * s) / e;
        };
        return Math.toRadians(dLonDeg) * A * A * (1 - E2) / 2 * (f.applyAsDouble(north) - f.applyAsDouble(south));
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    /** Simpson's rule on a²(1−e²)cos φ/(1−e² sin²φ)² (= M·N·cos φ) over the latitudes, times Δλ. */
    private static double integrated(double south, double north, double dLonDeg) {
        int n = 2000;
        double h = Math.toRadians(north - south) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double phi = Math.toRadians(south) + i * h;
            double s = Math.sin(phi);
            double y = A * A * (1 - E2) * Math.cos(phi) / Math.pow(1 - E2 * s * s, 2);
            sum += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * y;
        }
        return Math.toRadians(dLonDeg) * sum * h / 3;
    }

    @Test
    void theClosedFormAgreesWithTheIntegral() {
        assertThat(quadrangle(16, 17, 1)).isCloseTo(integrated(16, 17, 1), within(1e-6 * quadrangle(16, 17, 1)));
    }

    /**
     * A 1 km × 1 km square centred on 107° E 16.8° N: 1000 m / M of latitude and 1000 m / (N cos φ) of longitude,
     * M = a(1−e²)/(1−e² sin²φ)^1.5 = 6 340 757.6 m and N = a/√(1−e² sin²φ) = 6 379 921.2 m at 16.8°. Measured:
     * 999 999.9990 m², a relative error of −1.0e-9 (the square's edges are the ellipsoid's parallels and meridians;
     * the residue comes from M and cos φ varying across it), far inside the required 0.5%.
     */
    @Test
    void aOneKilometreSquareAt16Point8NorthIsOneMillionSquareMetres() {
        double phi = Math.toRadians(16.8);
        double w = 1 - E2 * Math.sin(phi) * Math.sin(phi);
        double m = A * (1 - E2) / Math.pow(w, 1.5);
        double n = A / Math.sqrt(w);
        double dLat = Math.toDegrees(1000 / m);
        double dLon = Math.toDegrees(1000 / (n * Math.cos(phi)));
        double area = EllipsoidArea.squareMetres(box(107 - dLon / 2, 16.8 - dLat / 2, 107 + dLon / 2, 16.8 + dLat / 2));
        assertThat(area).isCloseTo(1_000_000, within(5_000.0));
        assertThat(Math.abs(area - 1_000_000) / 1_000_000).isLessThan(1e-8);
    }

    @Test
    void aOneDegreeQuadrangleFrom16To17NorthMatchesTheClosedForm() {
        double expected = quadrangle(16, 17, 1);
        assertThat(expected).isCloseTo(11_814_790_000.0, within(1_000_000.0));
        double area = EllipsoidArea.squareMetres(box(106, 16, 107, 17));
        assertThat(area).isCloseTo(expected, within(1e-6 * expected));
    }

    @Test
    void aHoleIsSubtracted() {
        Polygon shell = box(106, 16, 107, 17);
        Polygon hole = box(106.25, 16.25, 106.75, 16.75);
        Geometry withHole = AreaGeometry.FACTORY.createPolygon(shell.getExteriorRing(),
                new org.locationtech.jts.geom.LinearRing[] {hole.getExteriorRing()});
        double expected = quadrangle(16, 17, 1) - quadrangle(16.25, 16.75, 0.5);
        assertThat(EllipsoidArea.squareMetres(withHole)).isCloseTo(expected, within(1e-6 * expected));
    }

    @Test
    void aMultiPolygonIsTheSumOfItsParts() {
        Geometry two = AreaGeometry.FACTORY.createMultiPolygon(new Polygon[] {box(106, 16, 106.5, 16.5),
            box(107, 10, 107.5, 11)});
        double expected = quadrangle(16, 16.5, 0.5) + quadrangle(10, 11, 0.5);
        assertThat(EllipsoidArea.squareMetres(two)).isCloseTo(expected, within(1e-6 * expected));
    }
}
