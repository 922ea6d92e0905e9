package org.homecoming.server.landrelease.bombing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.homecoming.server.security.LocalInstallation;
import org.junit.jupiter.api.Nested;
import org.homecoming.simulator.bombing.ThorFileSimulator;
import org.homecoming.simulator.bombing.ThorFileSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the bombing layer stores and aggregates, on each database the server supports
 * ({@link BombingOnH2Tests}, {@link BombingOnPostgresTests}): the import with bad rows, the re-import, the
 * import run, and the density grid of a hand-computed fixture.
 */
abstract class BombingPersistenceContract {

    @Autowired
    ThorImporter importer;
    @Autowired
    BombingDensity density;
    @Autowired
    LocalInstallation installation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    abstract String expectedDatabase();

    ThorImportResult load(String name, String csv) {
        return installation.asSystem(() -> importer.importFile(name, ThorFiles.stream(csv), ImportProgress.NONE));
    }

    @Test
    void runsOnTheExpectedDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
    }

    @Nested
    class Import {

        @Test
        void badRowsAreCountedByReasonWithLineFieldAndValue() {
            long b = ThorFiles.freshBase();
            ThorImportResult r = load("thor.csv", ThorFiles.withBadRows(b));
            assertThat(r.imported()).isEqualTo(4);
            assertThat(r.duplicates()).isEqualTo(1);
            assertThat(r.rejected()).containsExactlyInAnyOrderEntriesOf(Map.of("MISSING_ID", 1L, "MISSING_DATE", 1L,
                    "BAD_DATE", 1L, "MISSING_COORDINATES", 2L, "BAD_NUMBER", 1L, "OUTSIDE_COUNTRY", 2L));
            assertThat(r.examples()).extracting(RejectedRow::toString).containsExactly(
                    "4: MSNDATE: \"\" (MISSING_DATE)",
                    "5: MSNDATE: \"1968-02-30\" (BAD_DATE)",
                    "6: TGTLONDDD_DDD_WGS84: \"\" (MISSING_COORDINATES)",
                    "7: TGTLATDD_DDD_WGS84: \"-1\" (MISSING_COORDINATES)",
                    "8: TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84: \"48.85,2.35\" (OUTSIDE_COUNTRY)",
                    "9: TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84: \"16.1,106.1\" (OUTSIDE_COUNTRY)",
                    "10: NUMWEAPONSDELIVERED: \"two\" (BAD_NUMBER)",
                    "11: THOR_DATA_VIET_ID: \"\" (MISSING_ID)");
        }

        @Test
        void storedRowsKeepTheirTypedValuesAndAMissingCountIsNull() {
            long b = ThorFiles.freshBase();
            load("thor.csv", ThorFiles.withBadRows(b));
            Map<String, Object> first = jdbc.sql("SELECT mission_date, lat, lon, weapon_class, weapons_delivered,"
                    + " target_country FROM bombing_mission WHERE thor_id = ?").param(b + 1).query().singleRow();
            assertThat(first.get("mission_date").toString()).isEqualTo("1968-03-02");
            assertThat(((Number) first.get("lat")).doubleValue()).isEqualTo(16.10);
            assertThat(((Number) first.get("lon")).doubleValue()).isEqualTo(106.10);
            assertThat(first).containsEntry("weapon_class", "CBU").containsEntry("target_country", "SOUTH VIETNAM");
            assertThat(((Number) first.get("weapons_delivered")).intValue()).isEqualTo(4);
            Map<String, Object> second = jdbc.sql("SELECT mission_date, weapons_delivered FROM bombing_mission"
                    + " WHERE thor_id = ?").param(b + 2).query().singleRow();
            assertThat(second.get("mission_date").toString()).isEqualTo("1968-03-03");
            assertThat(second.get("weapons_delivered")).isNull();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM bombing_mission WHERE thor_id > ? AND thor_id <= ?")
                    .params(b, b + 1000).query(Long.class).single()).isEqualTo(4);
        }

        @Test
        void reImportingTheSameFileImportsNothing() {
            long b = ThorFiles.freshBase();
            load("thor.csv", ThorFiles.withBadRows(b));
            ThorImportResult again = load("thor.csv", ThorFiles.withBadRows(b));
            assertThat(again.imported()).isZero();
            assertThat(again.duplicates()).isEqualTo(5);
            assertThat(again.rejected().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(8);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM bombing_mission WHERE thor_id > ? AND thor_id <= ?")
                    .params(b, b + 1000).query(Long.class).single()).isEqualTo(4);
        }

        @Test
        void theRunIsRecordedWithShaCountsReasonsAndUser() {
            long b = ThorFiles.freshBase();
            ThorImportResult r = load("thor-run.csv", ThorFiles.withBadRows(b));
            Map<String, Object> run = jdbc.sql("SELECT file_name, sha256, rows_read, imported, duplicates, imported_by"
                    + " FROM bombing_import WHERE id = ?").param(r.importId()).query().singleRow();
            assertThat(run).containsEntry("file_name", "thor-run.csv").containsEntry("imported_by", "system")
                    .containsEntry("sha256", r.sha256());
            assertThat(r.sha256()).hasSize(64);
            assertThat(((Number) run.get("rows_read")).longValue()).isEqualTo(13);
            assertThat(((Number) run.get("imported")).longValue()).isEqualTo(4);
            List<String> reasons = jdbc.sql("SELECT reason || '=' || row_count FROM bombing_import_rejection"
                    + " WHERE import_id = ? ORDER BY reason").param(r.importId()).query(String.class).list();
            assertThat(reasons).containsExactly("BAD_DATE=1", "BAD_NUMBER=1", "MISSING_COORDINATES=2", "MISSING_DATE=1",
                    "MISSING_ID=1", "OUTSIDE_COUNTRY=2");
        }

        @Test
        void aSimulatedFileIsRejectedExactlyWhereTheSimulatorMadeItBad(@TempDir Path tmp) throws IOException {
            Path file = tmp.resolve("thor-simulated.csv");
            ThorFileSummary made = ThorFileSimulator.write(file, 600, 3, 0.1);
            ThorImportResult r;
            try (InputStream in = Files.newInputStream(file)) {
                r = installation.asSystem(() -> importer.importFile("thor-simulated.csv", in, ImportProgress.NONE));
            }
            assertThat(r.rejected()).isEqualTo(made.bad());
            assertThat(r.imported() + r.duplicates()).isEqualTo(made.good());
        }

        @Test
        void aFileWithoutTheKeyColumnIsRefusedNamingIt() {
            assertThatThrownBy(() -> load("nokey.csv", "MSNDATE,TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84\n1968-03-02,16,106\n"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("nokey.csv:1: THOR_DATA_VIET_ID: missing column");
        }
    }

    @Nested
    class Density {

        /**
         * bbox 105.00–105.10 E, 20.00–20.09 N, cells of 5 566 m: Δφ = 5566 / 111320 = 0.05°,
         * Δλ = 0.05° / cos 20.045° = 0.05322°; so 2 columns (0.10 / 0.05322 = 1.88) and 2 rows (0.09 / 0.05 = 1.8).
         */
        @Test
        void missionsWeaponsAndWeightsAddUpPerCell() {
            long b = ThorFiles.freshBase();
            load("grid.csv", "THOR_DATA_VIET_ID,MSNDATE,TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84,TGTCOUNTRY,"
                    + "WEAPONTYPECLASS,NUMWEAPONSDELIVERED\n"
                    + (b + 1) + ",1968-01-01,20.01,105.01,NORTH VIETNAM,CBU,4\n"
                    + (b + 2) + ",1968-01-01,20.02,105.02,NORTH VIETNAM,BOMB,\n"
                    + (b + 3) + ",1968-01-01,20.01,105.06,NORTH VIETNAM,BOMB,10\n"
                    + (b + 4) + ",1968-01-01,20.06,105.06,NORTH VIETNAM,GUN,100\n"
                    + (b + 5) + ",1968-01-01,20.07,105.01,NORTH VIETNAM,XYZ,2\n"
                    + (b + 6) + ",1968-01-01,20.05,105.20,NORTH VIETNAM,BOMB,50\n");
            DensityGrid grid = DensityGrid.of(new GeoBox(105.0, 20.0, 105.1, 20.09), 5566);
            assertThat(grid.columns()).isEqualTo(2);
            assertThat(grid.rows()).isEqualTo(2);
            List<DensityCell> cells = density.cells(grid);
            assertThat(cells).extracting(DensityCell::column, DensityCell::row, DensityCell::missions, DensityCell::weapons)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(0L, 0L, 2L, 4L),
                            org.assertj.core.groups.Tuple.tuple(1L, 0L, 1L, 10L),
                            org.assertj.core.groups.Tuple.tuple(0L, 1L, 1L, 2L),
                            org.assertj.core.groups.Tuple.tuple(1L, 1L, 1L, 100L));
            // CBU 4 x 0.30; BOMB 10 x 0.10; unlisted class 2 x 0.10 (DEFAULT); GUN 100 x 0.01.
            assertThat(cells).extracting(DensityCell::weightedWeapons).satisfiesExactly(
                    w -> assertThat(w).isCloseTo(1.2, within(1e-9)),
                    w -> assertThat(w).isCloseTo(1.0, within(1e-9)),
                    w -> assertThat(w).isCloseTo(0.2, within(1e-9)),
                    w -> assertThat(w).isCloseTo(1.0, within(1e-9)));
        }

        /** Radius 1 113.2 m at 19.5° N: ±0.01° of latitude, ±0.01 / cos 19.5° = ±0.010608° of longitude. */
        @Test
        void aroundAPointCountsTheSquareOfTwiceTheRadius() {
            long b = ThorFiles.freshBase();
            load("around.csv", "THOR_DATA_VIET_ID,MSNDATE,TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84,TGTCOUNTRY,"
                    + "WEAPONTYPECLASS,NUMWEAPONSDELIVERED\n"
                    + (b + 1) + ",1968-01-01,19.505,104.505,NORTH VIETNAM,CBU,2\n"
                    + (b + 2) + ",1968-01-01,19.509,104.51,NORTH VIETNAM,BOMB,10\n"
                    + (b + 3) + ",1968-01-01,19.515,104.5,NORTH VIETNAM,BOMB,40\n"
                    + (b + 4) + ",1968-01-01,19.5,104.512,NORTH VIETNAM,BOMB,80\n");
            DensityCell c = density.around(19.5, 104.5, 1113.2);
            assertThat(c.missions()).isEqualTo(2);
            assertThat(c.weapons()).isEqualTo(12);
            assertThat(c.weightedWeapons()).isCloseTo(2 * 0.30 + 10 * 0.10, within(1e-9));
        }

        @Test
        void anEmptyBoxHasNoCells() {
            assertThat(density.cells(DensityGrid.of(new GeoBox(-10, -10, -9.9, -9.9), 5000))).isEmpty();
        }
    }
}
