package org.homecoming.server.landrelease.bombing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** Small THOR files for the tests, with keys of their own so tests sharing a database do not meet. */
final class ThorFiles {

    private ThorFiles() {
    }

    /** A key base no other test uses: missions are keyed {@code base + 1}, {@code base + 2}, ... */
    static long freshBase() {
        return ThreadLocalRandom.current().nextLong(1, 1L << 40) * 1000;
    }

    static InputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Columns in an order of their own and an extra column; lines 2, 3, 13 and 14 import, line 12 repeats line 2's
     * key, and lines 4 to 11 are bad one way each (the line numbers count the header as line 1).
     */
    static String withBadRows(long b) {
        return "EXTRA,MSNDATE,THOR_DATA_VIET_ID,TGTLONDDD_DDD_WGS84,TGTLATDD_DDD_WGS84,TGTCOUNTRY,WEAPONTYPECLASS,"
                + "NUMWEAPONSDELIVERED\n"
                + "x,1968-03-02," + (b + 1) + ",106.10,16.10,SOUTH VIETNAM,CBU,4\n"
                + "x,19680303," + (b + 2) + ",106.12,16.12,NORTH VIETNAM,BOMB,-1\n"
                + "x,," + (b + 3) + ",106.1,16.1,SOUTH VIETNAM,BOMB,2\n"
                + "x,1968-02-30," + (b + 4) + ",106.1,16.1,SOUTH VIETNAM,BOMB,2\n"
                + "x,1968-03-02," + (b + 5) + ",,16.1,SOUTH VIETNAM,BOMB,2\n"
                + "x,1968-03-02," + (b + 6) + ",-1,-1,SOUTH VIETNAM,BOMB,2\n"
                + "x,1968-03-02," + (b + 7) + ",2.35,48.85,SOUTH VIETNAM,BOMB,2\n"
                + "x,1968-03-02," + (b + 8) + ",106.1,16.1,CAMBODIA,BOMB,3\n"
                + "x,1968-03-02," + (b + 9) + ",106.1,16.1,SOUTH VIETNAM,BOMB,two\n"
                + "x,1968-03-02,,106.1,16.1,SOUTH VIETNAM,BOMB,2\n"
                + "x,1968-03-02," + (b + 1) + ",106.10,16.10,SOUTH VIETNAM,CBU,4\n"
                + "x,1968-03-04," + (b + 10) + ",106.9,16.9,,GUN,100\n"
                + "x,1968-03-05," + (b + 11) + ",106.5,16.5,LAOS,ROCKET,6\n";
    }
}
