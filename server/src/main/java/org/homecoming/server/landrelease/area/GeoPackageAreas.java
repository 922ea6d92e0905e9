package org.homecoming.server.landrelease.area;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import org.homecoming.server.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads the hazardous areas of a GeoPackage (what QGIS and IMSMA's GIS save) into the GeoJSON FeatureCollection the
 * all-or-nothing import takes: the first features table of {@code gpkg_contents}, its geometry column decoded from
 * GeoPackage binary (the "GP" header, its envelope skipped, then WKB), every other column a property (so a column
 * {@code class} gives the area's class). Only WGS 84 (EPSG:4326) is accepted.
 *
 * <pre>{@code
 * JsonNode collection = GeoPackageAreas.read("areas.gpkg", in); // then HazardAreaService.importCollection
 * }</pre>
 */
final class GeoPackageAreas {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bytes of the envelope after the 8-byte header, by the envelope code in bits 1-3 of the flags. */
    private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};

    private GeoPackageAreas() {
    }

    /** Whether {@code head} (the file's first bytes) is an SQLite database, as every GeoPackage is. */
    static boolean isGeoPackage(byte[] head) {
        byte[] magic = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    static JsonNode read(String fileName, InputStream in) throws IOException {
        Path file = Files.createTempFile("homecoming-import-", ".gpkg");
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                return collection(fileName, c);
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException(fileName + ": not a readable GeoPackage: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static JsonNode collection(String fileName, Connection c) throws SQLException {
        String table;
        String column;
        int srs;
        try (PreparedStatement p = c.prepareStatement("SELECT g.table_name, g.column_name, g.srs_id FROM"
                + " gpkg_geometry_columns g JOIN gpkg_contents t ON t.table_name = g.table_name"
                + " WHERE t.data_type = 'features' ORDER BY g.table_name LIMIT 1"); ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                throw new IllegalArgumentException(fileName + ": gpkg_contents: no features table");
            }
            table = r.getString(1);
            column = r.getString(2);
            srs = r.getInt(3);
        }
        if (srs != 4326) {
            throw new IllegalArgumentException(fileName + ": " + table + ": srs_id " + srs + "; hazardous areas are"
                    + " imported in WGS 84 (EPSG:4326) — reproject the layer first");
        }
        ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        // The table and column names come from the file's own gpkg tables; quoted, so no name can break out.
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"");
             ResultSet r = p.executeQuery()) {
            ResultSetMetaData meta = r.getMetaData();
            int row = 0;
            while (r.next()) {
                row++;
                ObjectNode f = features.addObject().put("type", "Feature");
                ObjectNode props = f.putObject("properties");
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String name = meta.getColumnName(i);
                    Object value = r.getObject(i);
                    if (name.equals(column)) {
                        f.set("geometry", value == null ? null
                                : JSON.valueToTree(GeoJsonGeometry.of(geometry(fileName, table, row, (byte[]) value).toText())));
                    } else if (!name.equalsIgnoreCase("fid") && !name.equalsIgnoreCase("id") && value != null) {
                        props.set(name, JSON.valueToTree(value));
                    }
                }
            }
        }
        return fc;
    }

    private static Geometry geometry(String fileName, String table, int row, byte[] blob) {
        String where = fileName + ": " + table + " row " + row + ": geometry: ";
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException(where + "not GeoPackage binary (no GP header)");
        }
        int flags = blob[3];
        int envelope = (flags >> 1) & 0x07;
        if (envelope >= ENVELOPE_BYTES.length) {
            throw new IllegalArgumentException(where + "envelope code " + envelope + " is not one of 0-4");
        }
        ByteBuffer b = ByteBuffer.wrap(blob).order((flags & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        if (b.getInt(4) != 4326) {
            throw new IllegalArgumentException(where + "srs_id " + b.getInt(4) + ", not 4326");
        }
        int start = 8 + ENVELOPE_BYTES[envelope];
        Geometry g;
        try {
            g = new WKBReader().read(Arrays.copyOfRange(blob, start, blob.length));
        } catch (ParseException e) {
            throw new IllegalArgumentException(where + "not WKB: " + e.getMessage(), e);
        }
        if (!(g instanceof org.locationtech.jts.geom.Polygonal)) {
            throw new IllegalArgumentException(where + "a " + g.getGeometryType() + "; an area's outline is a Polygon or"
                    + " MultiPolygon (areas known by points come as GeoJSON)");
        }
        return g;
    }
}
