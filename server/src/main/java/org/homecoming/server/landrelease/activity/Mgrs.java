package org.homecoming.server.landrelease.activity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts an MGRS grid reference on WGS 84 to latitude and longitude: the reference gives a UTM zone, a
 * latitude band, a 100 km square and digits, hence a UTM easting and northing, which the Transverse Mercator
 * inverse series (Snyder, USGS Professional Paper 1395, eq. 8-18 to 8-25) turns into geographic coordinates.
 * The answer is the south-west corner of the reference's precision square.
 *
 * <pre>{@code
 * LatLon p = Mgrs.toLatLon("48Q WD 12345 67890");
 * }</pre>
 */
final class Mgrs {

    /** A WGS 84 position in degrees. */
    record LatLon(double lat, double lon) {
    }

    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double EP2 = E2 / (1 - E2);
    private static final double K0 = 0.9996;
    private static final double FALSE_EASTING = 500_000.0;
    private static final double FALSE_NORTHING_SOUTH = 10_000_000.0;
    private static final String BANDS = "CDEFGHJKLMNPQRSTUVWX";
    private static final String[] COLUMN_SETS = {"STUVWXYZ", "ABCDEFGH", "JKLMNPQR"};
    private static final String ROWS = "ABCDEFGHJKLMNPQRSTUV";
    private static final Pattern FORM = Pattern.compile("(\\d{1,2})([C-HJ-NP-X])([A-HJ-NP-Z])([A-HJ-NP-V])(\\d*)");

    private Mgrs() {
    }

    /** The WGS 84 position of {@code reference}; spaces are ignored, letters may be lower case. */
    static LatLon toLatLon(String reference) {
        String s = reference == null ? "" : reference.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher m = FORM.matcher(s);
        if (!m.matches() || m.group(5).length() % 2 != 0 || m.group(5).length() > 10) {
            throw new IllegalArgumentException("mgrs: not an MGRS reference (zone, band, two square letters and"
                    + " an even number of digits up to 10): " + reference);
        }
        int zone = Integer.parseInt(m.group(1));
        if (zone < 1 || zone > 60) {
            throw new IllegalArgumentException("mgrs: zone must be 1 to 60: " + reference);
        }
        char band = m.group(2).charAt(0);
        String digits = m.group(5);
        int half = digits.length() / 2;
        double scale = Math.pow(10, 5 - half);
        double eDigits = half == 0 ? 0 : Integer.parseInt(digits.substring(0, half)) * scale;
        double nDigits = half == 0 ? 0 : Integer.parseInt(digits.substring(half)) * scale;

        int column = COLUMN_SETS[zone % 3].indexOf(m.group(3).charAt(0));
        if (column < 0) {
            throw new IllegalArgumentException("mgrs: column letter " + m.group(3) + " is not used in zone " + zone);
        }
        double easting = (column + 1) * 100_000.0 + eDigits;
        // Even zones start their row letters five letters on (at F), odd zones at A.
        int row = Math.floorMod(ROWS.indexOf(m.group(4).charAt(0)) - (zone % 2 == 0 ? 5 : 0), ROWS.length());
        double northing = row * 100_000.0 + nDigits;

        boolean north = band >= 'N';
        double bandSouth = -80 + 8 * BANDS.indexOf(band);
        // Row letters repeat every 2000 km; the band fixes which repeat: the smallest northing in the band lies on
        // the central meridian at the band's southern edge.
        double lowest = K0 * meridianArc(Math.toRadians(bandSouth)) + (north ? 0 : FALSE_NORTHING_SOUTH);
        while (northing < lowest - 100_000.0) {
            northing += 2_000_000.0;
        }
        return fromUtm(zone, north, easting, northing);
    }

    /** The WGS 84 position of a UTM coordinate. */
    static LatLon fromUtm(int zone, boolean north, double easting, double northing) {
        double x = easting - FALSE_EASTING;
        double y = north ? northing : northing - FALSE_NORTHING_SOUTH;
        double mu = (y / K0) / (A * (1 - E2 / 4 - 3 * E2 * E2 / 64 - 5 * E2 * E2 * E2 / 256));
        double r = Math.sqrt(1 - E2);
        double e1 = (1 - r) / (1 + r);
        double phi1 = mu + (3 * e1 / 2 - 27 * Math.pow(e1, 3) / 32) * Math.sin(2 * mu)
                + (21 * e1 * e1 / 16 - 55 * Math.pow(e1, 4) / 32) * Math.sin(4 * mu)
                + (151 * Math.pow(e1, 3) / 96) * Math.sin(6 * mu)
                + (1097 * Math.pow(e1, 4) / 512) * Math.sin(8 * mu);
        double sin1 = Math.sin(phi1);
        double cos1 = Math.cos(phi1);
        double c1 = EP2 * cos1 * cos1;
        double t1 = Math.tan(phi1) * Math.tan(phi1);
        double w = 1 - E2 * sin1 * sin1;
        double n1 = A / Math.sqrt(w);
        double r1 = A * (1 - E2) / Math.pow(w, 1.5);
        double d = x / (n1 * K0);
        double lat = phi1 - (n1 * Math.tan(phi1) / r1) * (d * d / 2
                - (5 + 3 * t1 + 10 * c1 - 4 * c1 * c1 - 9 * EP2) * Math.pow(d, 4) / 24
                + (61 + 90 * t1 + 298 * c1 + 45 * t1 * t1 - 252 * EP2 - 3 * c1 * c1) * Math.pow(d, 6) / 720);
        double lon = (d - (1 + 2 * t1 + c1) * Math.pow(d, 3) / 6
                + (5 - 2 * c1 + 28 * t1 - 3 * c1 * c1 + 8 * EP2 + 24 * t1 * t1) * Math.pow(d, 5) / 120) / cos1;
        double centralMeridian = -183 + 6 * zone;
        return new LatLon(Math.toDegrees(lat), centralMeridian + Math.toDegrees(lon));
    }

    /** Length of the meridian from the equator to latitude {@code phi} (radians), metres. */
    private static double meridianArc(double phi) {
        double e4 = E2 * E2;
        double e6 = e4 * E2;
        return A * ((1 - E2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi
                - (3 * E2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * Math.sin(2 * phi)
                + (15 * e4 / 256 + 45 * e6 / 1024) * Math.sin(4 * phi)
                - (35 * e6 / 3072) * Math.sin(6 * phi));
    }
}
