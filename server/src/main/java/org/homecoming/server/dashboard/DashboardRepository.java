package org.homecoming.server.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts behind the dashboard, for the records of one side. */
@Repository
class DashboardRepository {

    /** One bar: a label and its count. */
    record Count(String label, long count) {
    }

    /** Missing persons of one present-day province in one status. */
    record ProvinceStatus(String province, String status, long count) {
    }

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> totals(String side) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("persons", one("SELECT COUNT(*) FROM missing_person WHERE merged_into IS NULL AND side = ?", side));
        m.put("families", one("SELECT COUNT(DISTINCT f.family_ref) FROM family_member f JOIN missing_person p"
                + " ON p.id = f.person_id WHERE p.side = ?", side));
        m.put("remains", jdbc.sql("SELECT COUNT(*) FROM remains").query(Long.class).single());
        m.put("identified", one("SELECT COUNT(*) FROM missing_person WHERE merged_into IS NULL AND side = ?"
                + " AND status IN ('IDENTIFIED', 'FAMILY_NOTIFIED', 'REBURIED', 'REPATRIATED')", side));
        return m;
    }

    List<ProvinceStatus> statusByProvince(String side) {
        return jdbc.sql("SELECT COALESCE(home_province_current, '?') AS province, status, COUNT(*) AS n"
                        + " FROM missing_person WHERE merged_into IS NULL AND side = ?"
                        + " GROUP BY COALESCE(home_province_current, '?'), status ORDER BY 1, 2")
                .param(side).query((rs, i) -> new ProvinceStatus(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    List<Count> recoveriesByYear() {
        return jdbc.sql("SELECT recovery_year, COUNT(*) FROM remains WHERE recovery_year IS NOT NULL"
                        + " GROUP BY recovery_year ORDER BY recovery_year")
                .query((rs, i) -> new Count(String.valueOf(rs.getInt(1)), rs.getLong(2))).list();
    }

    List<Count> identificationsByYear(String side) {
        return jdbc.sql("SELECT EXTRACT(YEAR FROM s.changed_at) AS y, COUNT(*) FROM status_change s"
                        + " JOIN missing_person p ON p.id = s.person_id WHERE s.status = 'IDENTIFIED' AND p.side = ?"
                        + " GROUP BY EXTRACT(YEAR FROM s.changed_at) ORDER BY 1")
                .param(side).query((rs, i) -> new Count(String.valueOf(rs.getInt(1)), rs.getLong(2))).list();
    }

    private long one(String sql, String side) {
        return jdbc.sql(sql).param(side).query(Long.class).single();
    }
}
