package org.homecoming.server.landrelease.bombing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregates the stored missions onto a {@link DensityGrid}: the database groups missions by cell and
 * weapon class ({@code GROUP BY} on {@code floor((lon − W)/Δλ)}, {@code floor((lat − S)/Δφ)}), the weights
 * of the classes are applied here so that they stay data ({@link WeaponWeights}). The index on
 * {@link DegreeCells} keys narrows the rows read to the box's band of 1° squares.
 *
 * <pre>{@code
 * List<DensityCell> cells = density.cells(DensityGrid.of(GeoBox.parse("106,16,107,17"), 1000));
 * }</pre>
 *
 * <p>A mission on the box's east or north edge falls in the last column or row.
 */
@Repository
public class BombingDensity {

    /**
     * Grouped by output position: PostgreSQL does not match the SELECT's expressions to a GROUP BY that repeats
     * them with parameters of their own, and a derived table made H2 materialise every row (twice as slow).
     */
    private static final String SQL = """
            SELECT CAST(FLOOR((lon - :w) / :dlon) AS BIGINT) AS cx, CAST(FLOOR((lat - :s) / :dlat) AS BIGINT) AS cy,
                   UPPER(COALESCE(weapon_class, '')) AS wc, COUNT(*) AS missions,
                   COALESCE(SUM(weapons_delivered), 0) AS weapons
            FROM bombing_mission
            WHERE degree_cell BETWEEN :klo AND :khi AND lat >= :s AND lat <= :n AND lon >= :w AND lon <= :e
            GROUP BY 1, 2, 3
            ORDER BY 2, 1""";

    private final JdbcClient jdbc;
    private final WeaponWeights weights;

    BombingDensity(JdbcClient jdbc, WeaponWeights weights) {
        this.jdbc = jdbc;
        this.weights = weights;
    }

    /** The cells holding at least one mission, south to north then west to east. */
    public List<DensityCell> cells(DensityGrid grid) {
        GeoBox b = grid.box();
        Map<List<Long>, DensityCell> cells = new LinkedHashMap<>();
        jdbc.sql(SQL).param("w", b.west()).param("s", b.south()).param("e", b.east()).param("n", b.north())
                .param("dlon", grid.dLon()).param("dlat", grid.dLat())
                .param("klo", DegreeCells.key(b.south(), b.west())).param("khi", DegreeCells.key(b.north(), b.east()))
                .query(rs -> {
                    long cx = Math.min(rs.getLong("cx"), grid.columns() - 1);
                    long cy = Math.min(rs.getLong("cy"), grid.rows() - 1);
                    long weapons = rs.getLong("weapons");
                    DensityCell part = new DensityCell(cx, cy, rs.getLong("missions"), weapons,
                            weapons * weights.weight(rs.getString("wc")));
                    cells.merge(List.of(cx, cy), part, BombingDensity::sum);
                });
        return new ArrayList<>(cells.values());
    }

    /**
     * The bombing around a point: the missions whose target lies in the square of side {@code 2 · radius}
     * centred on it (a hazard area's or recovery site's surroundings), as one cell.
     */
    public DensityCell around(double lat, double lon, double radiusMetres) {
        if (!(radiusMetres >= DensityGrid.MIN_CELL_M / 2 && radiusMetres <= DensityGrid.MAX_CELL_M / 2)) {
            throw new IllegalArgumentException("radius must be in [" + (int) (DensityGrid.MIN_CELL_M / 2) + ", "
                    + (int) (DensityGrid.MAX_CELL_M / 2) + "] metres: " + radiusMetres);
        }
        double dLat = radiusMetres / DensityGrid.METRES_PER_DEGREE;
        double dLon = dLat / Math.max(Math.cos(Math.toRadians(lat)), 0.01);
        GeoBox square = new GeoBox(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
        return cells(DensityGrid.of(square, 2 * radiusMetres)).stream()
                .reduce(new DensityCell(0, 0, 0, 0, 0), BombingDensity::sum);
    }

    private static DensityCell sum(DensityCell a, DensityCell b) {
        return new DensityCell(a.column(), a.row(), a.missions() + b.missions(), a.weapons() + b.weapons(),
                a.weightedWeapons() + b.weightedWeapons());
    }
}
