package org.homecoming.server.landrelease.summary;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hand-computed land-release fixture in years {@code y} and {@code y + 1}, inserted with SQL (the write
 * side belongs to other packages). Rows are VN's unless named US; refs start with {@code prefix}.
 *
 * <pre>
 * Hazard areas  H1 VN OPEN  Quảng Trị (former Quảng Bình) remaining 5000
 *               H2 US OPEN  Quảng Trị, unshared            remaining  700
 *               H3 US OPEN  Quảng Trị, shared              remaining  300
 *               H4 VN CLOSED Quảng Trị                      remaining   50
 * Activities    A1 NTS COMPLETED y-03-01, province NULL, area H1      cancelled 10000
 *               A2 TS COMPLETED y-06-30 Quảng Trị                      cancelled 1000, reduced 4000
 *               A3 CLEARANCE COMPLETED (y+1)-01-15 Quảng Trị, area H1  cleared 2500.5
 *               A4 CLEARANCE ONGOING, no end                           cleared 999
 *               A5 CLEARANCE COMPLETED y-12-31 Thành phố Huế            cleared 800
 *               A6 US CLEARANCE COMPLETED y-05-05 Quảng Trị, unshared  cleared 7000
 *               A7 US TS COMPLETED y-08-08 Quảng Trị, shared           reduced 600
 *               A8 CLEARANCE SUSPENDED, ended y-04-04                  cleared 50
 * Finds         F1 UXO_BOMB 2 DESTROYED_IN_SITU disposed y-04-01, Quảng Trị, area H1
 *               F2 CLUSTER_MUNITION 15 MOVED_AND_DESTROYED found y-07-07, no disposal date, activity A2
 *               F3 UXO_BOMB 1 HANDED_OVER y;  F4 UXO_MORTAR 3 PENDING y
 *               F5 UXO_BOMB 4 DESTROYED_IN_SITU found (y-1)-12-20 disposed y-01-05, Thành phố Huế
 *               F6 UXO_GRENADE 6 DESTROYED_IN_SITU found y-12-30 disposed (y+1)-01-02, Quảng Trị
 *               F7 US UXO_BOMB 10 DESTROYED_IN_SITU y, unshared;  F8 US LANDMINE_AP 1 DESTROYED y, shared
 * Accidents     C1 y-02-02 Quảng Trị, area H1: killed 1, injured 2
 *               C2 (y+1)-03-03 Quảng Trị: killed 1
 *               C3 US y, Quảng Trị, unshared: injured 1;  C4 US y, Thành phố Huế, shared: killed 1
 * Education     E1 y Quảng Trị 10 girls 12 boys 5 women 3 men; E2 US y unshared 100 girls; E3 y+1 7 men
 * </pre>
 */
final class SummaryFixture {

    static final String QUANG_TRI = "Quảng Trị";
    static final String HUE = "Thành phố Huế";

    private final JdbcClient jdbc;
    private final String prefix;
    private final int y;

    SummaryFixture(JdbcClient jdbc, String prefix, int y) {
        this.jdbc = jdbc;
        this.prefix = prefix;
        this.y = y;
    }

    void insert() {
        long h1 = area("H1", "OPEN", QUANG_TRI, "Tỉnh Quảng Bình", 5000, "VN", false);
        area("H2", "OPEN", QUANG_TRI, "Tỉnh Quảng Trị", 700, "US", false);
        area("H3", "OPEN", QUANG_TRI, "Tỉnh Quảng Trị", 300, "US", true);
        area("H4", "CLOSED", QUANG_TRI, "Tỉnh Quảng Trị", 50, "VN", false);
        activity("A1", h1, "NTS", "COMPLETED", date(y, 3, 1), null, 10000, 0, 0, "VN", false);
        long a2 = activity("A2", null, "TS", "COMPLETED", date(y, 6, 30), QUANG_TRI, 1000, 4000, 0, "VN", false);
        activity("A3", h1, "CLEARANCE", "COMPLETED", date(y + 1, 1, 15), QUANG_TRI, 0, 0, 2500.5, "VN", false);
        activity("A4", null, "CLEARANCE", "ONGOING", null, QUANG_TRI, 0, 0, 999, "VN", false);
        activity("A5", null, "CLEARANCE", "COMPLETED", date(y, 12, 31), HUE, 0, 0, 800, "VN", false);
        activity("A6", null, "CLEARANCE", "COMPLETED", date(y, 5, 5), QUANG_TRI, 0, 0, 7000, "US", false);
        activity("A7", null, "TS", "COMPLETED", date(y, 8, 8), QUANG_TRI, 0, 600, 0, "US", true);
        activity("A8", null, "CLEARANCE", "SUSPENDED", date(y, 4, 4), QUANG_TRI, 0, 0, 50, "VN", false);
        find(null, h1, "UXO_BOMB", 2, date(y, 3, 30), "DESTROYED_IN_SITU", date(y, 4, 1), QUANG_TRI, "VN", false);
        find(a2, null, "CLUSTER_MUNITION", 15, date(y, 7, 7), "MOVED_AND_DESTROYED", null, null, "VN", false);
        find(null, null, "UXO_BOMB", 1, date(y, 5, 1), "HANDED_OVER", date(y, 5, 2), QUANG_TRI, "VN", false);
        find(null, null, "UXO_MORTAR", 3, date(y, 5, 1), "PENDING", null, QUANG_TRI, "VN", false);
        find(null, null, "UXO_BOMB", 4, date(y - 1, 12, 20), "DESTROYED_IN_SITU", date(y, 1, 5), HUE, "VN", false);
        find(null, null, "UXO_GRENADE", 6, date(y, 12, 30), "DESTROYED_IN_SITU", date(y + 1, 1, 2), QUANG_TRI, "VN",
                false);
        find(null, null, "UXO_BOMB", 10, date(y, 6, 1), "DESTROYED_IN_SITU", date(y, 6, 1), QUANG_TRI, "US", false);
        find(null, null, "LANDMINE_AP", 1, date(y, 6, 1), "DESTROYED_IN_SITU", date(y, 6, 2), QUANG_TRI, "US", true);
        long c1 = accident("C1", date(y, 2, 2), h1, QUANG_TRI, "VN", false);
        victim(c1, "C1-1", "KILLED");
        victim(c1, "C1-2", "INJURED");
        victim(c1, "C1-3", "INJURED");
        victim(accident("C2", date(y + 1, 3, 3), null, QUANG_TRI, "VN", false), "C2-1", "KILLED");
        victim(accident("C3", date(y, 4, 4), null, QUANG_TRI, "US", false), "C3-1", "INJURED");
        victim(accident("C4", date(y, 5, 5), null, HUE, "US", true), "C4-1", "KILLED");
        education(date(y, 9, 1), QUANG_TRI, 10, 12, 5, 3, "VN", false);
        education(date(y, 9, 2), QUANG_TRI, 100, 0, 0, 0, "US", false);
        education(date(y + 1, 9, 3), QUANG_TRI, 0, 0, 0, 7, "VN", false);
    }

    /** The id of the fixture row {@code ref} of {@code table}. */
    long id(String table, String ref) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE ref = ?").param(prefix + ref).query(Long.class).single();
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private long area(String ref, String status, String province, String provinceOld, double remaining, String side,
            boolean shared) {
        jdbc.sql("INSERT INTO lr_hazard_area (ref, area_class, status, min_lon, min_lat, max_lon, max_lat,"
                + " estimated_area_m2, remaining_area_m2, province_old, province, side, shared, created_by, created_at)"
                + " VALUES (?, 'CHA', ?, 106.9, 16.7, 107.0, 16.8, ?, ?, ?, ?, ?, ?, 'fixture', CURRENT_TIMESTAMP)")
                .params(prefix + ref, status, remaining, remaining, provinceOld, province, side, shared).update();
        return id("lr_hazard_area", ref);
    }

    private long activity(String ref, Long area, String type, String status, LocalDate end, String province,
            double cancelled, double reduced, double cleared, String side, boolean shared) {
        jdbc.sql("INSERT INTO lr_activity (ref, hazard_area_id, activity_type, organisation, start_date, end_date,"
                + " status, cancelled_m2, reduced_m2, cleared_m2, province, side, shared, created_by, created_at)"
                + " VALUES (?, ?, ?, 'MAG', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fixture', CURRENT_TIMESTAMP)")
                .params(prefix + ref, area, type, date(y - 1, 1, 1), end, status, cancelled, reduced, cleared, province,
                        side, shared).update();
        return id("lr_activity", ref);
    }

    private void find(Long activity, Long area, String category, int quantity, LocalDate found, String disposal,
            LocalDate disposed, String province, String side, boolean shared) {
        jdbc.sql("INSERT INTO lr_ordnance_find (activity_id, hazard_area_id, lat, lon, category, quantity,"
                + " item_condition, found_on, disposal, disposed_on, province, side, shared, created_by, created_at)"
                + " VALUES (?, ?, 16.75, 106.95, ?, ?, 'UNKNOWN', ?, ?, ?, ?, ?, ?, 'fixture', CURRENT_TIMESTAMP)")
                .params(activity, area, category, quantity, found, disposal, disposed, province, side, shared).update();
    }

    private long accident(String ref, LocalDate on, Long area, String province, String side, boolean shared) {
        jdbc.sql("INSERT INTO lr_accident (ref, lat, lon, occurred_on, device_category, activity_at_time,"
                + " demining_accident, hazard_area_id, province, side, shared, created_by, created_at)"
                + " VALUES (?, 16.75, 106.95, ?, 'UXO_BOMB', 'FARMING', FALSE, ?, ?, ?, ?, 'fixture', CURRENT_TIMESTAMP)")
                .params(prefix + ref, on, area, province, side, shared).update();
        return id("lr_accident", ref);
    }

    private void victim(long accident, String ref, String outcome) {
        jdbc.sql("INSERT INTO lr_victim (person_ref, accident_id, sex, outcome) VALUES (?, ?, 'U', ?)")
                .params(prefix + ref, accident, outcome).update();
    }

    private void education(LocalDate on, String province, int girls, int boys, int women, int men, String side,
            boolean shared) {
        jdbc.sql("INSERT INTO lr_risk_education (held_on, place, province, organisation, method, girls, boys, women,"
                + " men, side, shared, created_by, created_at)"
                + " VALUES (?, ?, ?, 'MAG', 'SCHOOL', ?, ?, ?, ?, ?, ?, 'fixture', CURRENT_TIMESTAMP)")
                .params(on, prefix + "school", province, girls, boys, women, men, side, shared).update();
    }
}
