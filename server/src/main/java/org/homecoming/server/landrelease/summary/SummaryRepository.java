package org.homecoming.server.landrelease.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the rows behind each land-release figure, for one side: its own rows and the other side's shared
 * rows ({@code side = ? OR shared}), dated in {@code [from, to)}. Definitions: docs/land-release/dashboards.md.
 *
 * <pre>{@code
 * List<Contribution> rows = repository.released("VN", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
 * }</pre>
 */
@Repository
public class SummaryRepository {

    private static final String RELEASED = "SELECT a.id, a.ref, a.end_date, COALESCE(a.province, h.province),"
            + " h.province_old, a.cancelled_m2, a.reduced_m2, a.cleared_m2"
            + " FROM lr_activity a LEFT JOIN lr_hazard_area h ON h.id = a.hazard_area_id"
            + " WHERE a.status = 'COMPLETED' AND a.end_date >= ? AND a.end_date < ? AND (a.side = ? OR a.shared)"
            + " ORDER BY a.end_date, a.id";
    private static final String ORDNANCE = "SELECT f.id, a.ref, COALESCE(f.disposed_on, f.found_on),"
            + " COALESCE(f.province, a.province, h.province), h.province_old, f.category, f.quantity"
            + " FROM lr_ordnance_find f LEFT JOIN lr_activity a ON a.id = f.activity_id"
            + " LEFT JOIN lr_hazard_area h ON h.id = COALESCE(f.hazard_area_id, a.hazard_area_id)"
            + " WHERE f.disposal IN ('DESTROYED_IN_SITU', 'MOVED_AND_DESTROYED')"
            + " AND COALESCE(f.disposed_on, f.found_on) >= ? AND COALESCE(f.disposed_on, f.found_on) < ?"
            + " AND (f.side = ? OR f.shared) ORDER BY COALESCE(f.disposed_on, f.found_on), f.id";
    private static final String CASUALTIES = "SELECT v.id, c.ref, v.person_ref, c.occurred_on,"
            + " COALESCE(c.province, h.province), h.province_old, v.outcome"
            + " FROM lr_victim v JOIN lr_accident c ON c.id = v.accident_id"
            + " LEFT JOIN lr_hazard_area h ON h.id = c.hazard_area_id"
            + " WHERE v.outcome IN ('KILLED', 'INJURED') AND c.occurred_on >= ? AND c.occurred_on < ?"
            + " AND (c.side = ? OR c.shared) ORDER BY c.occurred_on, v.id";
    private static final String EDUCATION = "SELECT id, place, held_on, province, girls, boys, women, men"
            + " FROM lr_risk_education WHERE held_on >= ? AND held_on < ? AND (side = ? OR shared)"
            + " ORDER BY held_on, id";
    private static final String REMAINING = "SELECT id, ref, province, province_old, remaining_area_m2"
            + " FROM lr_hazard_area WHERE status = 'OPEN' AND (side = ? OR shared) ORDER BY id";

    private final JdbcClient jdbc;

    SummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cancelled, reduced and cleared m² of the completed activities that ended in {@code [from, to)}. */
    public List<Contribution> released(String side, LocalDate from, LocalDate to) {
        List<Contribution> rows = new ArrayList<>();
        jdbc.sql(RELEASED).params(from, to, side).query((ResultSet rs) -> {
            LocalDate d = rs.getObject(3, LocalDate.class);
            Figure[] figures = {Figure.CANCELLED, Figure.REDUCED, Figure.CLEARED};
            for (int i = 0; i < figures.length; i++) {
                BigDecimal m2 = area(rs.getDouble(6 + i));
                if (m2.signum() != 0) {
                    rows.add(new Contribution(figures[i], "lr_activity", rs.getLong(1), rs.getString(2), d,
                            rs.getString(4), rs.getString(5), figures[i].name(), m2));
                }
            }
        });
        return rows;
    }

    /** The destroyed ordnance (in situ or moved), by the year of its disposal or else of its finding. */
    public List<Contribution> ordnance(String side, LocalDate from, LocalDate to) {
        return jdbc.sql(ORDNANCE).params(from, to, side).query((rs, i) -> new Contribution(Figure.ORDNANCE,
                "lr_ordnance_find", rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getString(4), rs.getString(5), rs.getString(6), BigDecimal.valueOf(rs.getLong(7)))).list();
    }

    /** The killed and injured victims of accidents that occurred in {@code [from, to)}, one row each. */
    public List<Contribution> casualties(String side, LocalDate from, LocalDate to) {
        return jdbc.sql(CASUALTIES).params(from, to, side).query((rs, i) -> new Contribution(Figure.CASUALTIES,
                "lr_victim", rs.getLong(1), rs.getString(2) + "/" + rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getString(5), rs.getString(6), rs.getString(7), BigDecimal.ONE)).list();
    }

    /** The beneficiaries of risk education held in {@code [from, to)}: one row per session and group. */
    public List<Contribution> education(String side, LocalDate from, LocalDate to) {
        List<Contribution> rows = new ArrayList<>();
        jdbc.sql(EDUCATION).params(from, to, side).query((ResultSet rs) -> {
            String[] groups = {"GIRLS", "BOYS", "WOMEN", "MEN"};
            for (int i = 0; i < groups.length; i++) {
                long n = rs.getLong(5 + i);
                if (n != 0) {
                    rows.add(new Contribution(Figure.EDUCATION, "lr_risk_education", rs.getLong(1), rs.getString(2),
                            rs.getObject(3, LocalDate.class), rs.getString(4), null, groups[i], BigDecimal.valueOf(n)));
                }
            }
        });
        return rows;
    }

    /** The remaining area of every open hazardous area, as it stands today. */
    public List<Contribution> remaining(String side) {
        List<Contribution> rows = new ArrayList<>();
        jdbc.sql(REMAINING).param(side).query((ResultSet rs) -> {
            BigDecimal m2 = area(rs.getDouble(5));
            if (m2.signum() != 0) {
                rows.add(new Contribution(Figure.REMAINING, "lr_hazard_area", rs.getLong(1), rs.getString(2), null,
                        rs.getString(3), rs.getString(4), Figure.REMAINING.name(), m2));
            }
        });
        return rows;
    }

    /** An area to 0.01 m², so a figure is the exact sum of the rows it shows and prints without exponent. */
    private static BigDecimal area(double m2) {
        return BigDecimal.valueOf(m2).setScale(2, RoundingMode.HALF_UP);
    }
}
