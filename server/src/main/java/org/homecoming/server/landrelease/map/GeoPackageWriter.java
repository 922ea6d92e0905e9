package org.homecoming.server.landrelease.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/**
 * Writes one map layer as an OGC GeoPackage (1.3): a SQLite file with the GeoPackage application id, the spatial
 * reference systems table (EPSG:4326), the contents and geometry-columns tables, and a feature table whose
 * geometry column holds GeoPackage binary (the "GP" header with the envelope, then little-endian WKB). QGIS and
 * IMSMA's GIS open it as it is.
 *
 * <pre>{@code
 * byte[] gpkg = GeoPackageWriter.write("hazard_areas", features);
 * }</pre>
 */
final class GeoPackageWriter {

    /** "GPKG" as the 32-bit application id the standard requires. */
    static final int APPLICATION_ID = 0x47504B47;
    static final int USER_VERSION = 10300;
    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,"
            + "298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
            + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AUTHORITY[\"EPSG\",\"4326\"]]";
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoPackageWriter() {
    }

    static byte[] write(String table, List<MapFeature> features) {
        Path file = null;
        try {
            file = Files.createTempFile("homecoming-", ".gpkg");
            Files.delete(file);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                c.setAutoCommit(false);
                schema(c, table, features);
                rows(c, table, features);
                c.commit();
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the GeoPackage of " + table, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the GeoPackage of " + table + ": " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the system; the export itself succeeded
                }
            }
        }
    }

    /** The property columns of the layer, typed REAL for numbers and TEXT otherwise, in the features' order. */
    static Map<String, String> columns(List<MapFeature> features) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (MapFeature f : features) {
            f.properties().forEach((k, v) -> {
                String type = v instanceof Number ? "REAL" : "TEXT";
                columns.merge(k, type, (a, b) -> a.equals(b) ? a : "TEXT");
            });
        }
        columns.remove("fid");
        return columns;
    }

    private static void schema(Connection c, String table, List<MapFeature> features) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + USER_VERSION);
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
                    + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
                    + " description TEXT)");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                    + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT"
                    + " (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,"
                    + " srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES"
                    + " gpkg_spatial_ref_sys(srs_id))");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
                    + " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT fk_gc_tn FOREIGN KEY"
                    + " (table_name) REFERENCES gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id)"
                    + " REFERENCES gpkg_spatial_ref_sys (srs_id))");
            StringBuilder create = new StringBuilder("CREATE TABLE \"" + table
                    + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom GEOMETRY");
            columns(features).forEach((name, type) -> create.append(", \"").append(name).append("\" ").append(type));
            s.execute(create.append(")").toString());
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)")) {
            srs(p, "Undefined cartesian SRS", -1, "NONE", -1, "undefined");
            srs(p, "Undefined geographic SRS", 0, "NONE", 0, "undefined");
            srs(p, "WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT);
        }
        Envelope all = new Envelope();
        features.forEach(f -> all.expandToInclude(geometry(f).getEnvelopeInternal()));
        try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier,"
                + " min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, 4326)")) {
            p.setString(1, table);
            p.setString(2, table);
            p.setDouble(3, all.isNull() ? 0 : all.getMinX());
            p.setDouble(4, all.isNull() ? 0 : all.getMinY());
            p.setDouble(5, all.isNull() ? 0 : all.getMaxX());
            p.setDouble(6, all.isNull() ? 0 : all.getMaxY());
            p.executeUpdate();
        }
        boolean points = features.stream().allMatch(MapFeature::isPoint);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)")) {
            p.setString(1, table);
            p.setString(2, points ? "POINT" : "GEOMETRY");
            p.executeUpdate();
        }
    }

    private static void srs(PreparedStatement p, String name, int id, String org, int orgId, String definition)
            throws SQLException {
        p.setString(1, name);
        p.setInt(2, id);
        p.setString(3, org);
        p.setInt(4, orgId);
        p.setString(5, definition);
        p.setString(6, null);
        p.executeUpdate();
    }

    private static void rows(Connection c, String table, List<MapFeature> features) throws SQLException {
        List<String> names = new ArrayList<>(columns(features).keySet());
        StringBuilder sql = new StringBuilder("INSERT INTO \"" + table + "\" (geom");
        names.forEach(n -> sql.append(", \"").append(n).append('"'));
        sql.append(") VALUES (?").append(", ?".repeat(names.size())).append(')');
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (MapFeature f : features) {
                p.setBytes(1, binary(geometry(f)));
                for (int i = 0; i < names.size(); i++) {
                    Object v = f.properties().get(names.get(i));
                    p.setObject(i + 2, v instanceof Number n ? n.doubleValue() : v == null ? null : v.toString());
                }
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    static Geometry geometry(MapFeature f) {
        if (f.isPoint()) {
            return FACTORY.createPoint(new Coordinate(f.lon(), f.lat()));
        }
        try {
            return new WKTReader(FACTORY).read(f.wkt());
        } catch (ParseException e) {
            throw new IllegalStateException("stored geometry is not WKT: " + e.getMessage(), e);
        }
    }

    /** GeoPackage binary: "GP", version 0, flags (little endian, envelope [minx, maxx, miny, maxy]), srs id, WKB. */
    static byte[] binary(Geometry g) {
        byte[] wkb = new WKBWriter(2, org.locationtech.jts.io.ByteOrderValues.LITTLE_ENDIAN).write(g);
        Envelope e = g.getEnvelopeInternal();
        ByteBuffer b = ByteBuffer.allocate(8 + 32 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b0000_0011).putInt(4326);
        b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        b.put(wkb);
        return b.array();
    }
}
