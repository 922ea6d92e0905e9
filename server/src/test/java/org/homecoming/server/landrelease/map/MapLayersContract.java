package org.homecoming.server.landrelease.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.homecoming.server.TestUsers.fieldVn;
import static org.homecoming.server.TestUsers.mineActionVn;
import static org.homecoming.server.TestUsers.viewerUs;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mine-action map's layers and GIS exports on each database the server supports ({@link MapLayersOnH2Tests},
 * {@link MapLayersOnPostgresTests}): filters by today's and former province, status and year; sides; the
 * GeoPackage read back with SQLite (its tables, EPSG:4326, each geometry decoded back to what was stored); the
 * CSV of points.
 */
abstract class MapLayersContract {

    private static final AtomicInteger SPOT = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;

    abstract String expectedDatabase();

    String organisation;
    long area;
    double lon;
    double lat;

    private String send(String path, org.springframework.test.web.servlet.request.RequestPostProcessor user, String json)
            throws Exception {
        return mvc.perform(post(path).with(user).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** An open area in old Quảng Bình (today Quảng Trị), an activity on it that found 2 bombs in 2024, an accident. */
    @BeforeEach
    void fixture() throws Exception {
        int n = SPOT.getAndIncrement();
        organisation = "Map team " + expectedDatabase() + " " + n;
        lon = 106.40 + 0.01 * n;
        lat = 17.40;
        String square = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],"
                + "[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}", lon, lat, lon + 0.004, lat, lon + 0.004, lat + 0.004, lon,
                lat + 0.004, lon, lat);
        area = ((Number) JsonPath.read(send("/api/v1/hazard-areas", mineActionVn(), "{\"type\":\"Feature\",\"properties\":"
                + "{\"class\":\"SHA\",\"organisation\":\"" + organisation + "\"},\"geometry\":" + square + "}"),
                "$.properties.id")).longValue();
        long activity = ((Number) JsonPath.read(send("/api/v1/activities", fieldVn(), "{\"hazardAreaId\":" + area
                + ",\"type\":\"CLEARANCE\",\"organisation\":\"" + organisation + "\",\"methods\":[\"MANUAL\"],"
                + "\"startDate\":\"2024-02-01\",\"worked\":" + square + "}"), "$.id")).longValue();
        send("/api/v1/activities/" + activity + "/finds", fieldVn(), String.format(Locale.ROOT, "{\"lat\":%.4f,"
                + "\"lon\":%.4f,\"category\":\"UXO_BOMB\",\"quantity\":2,\"foundOn\":\"2024-02-03\","
                + "\"disposal\":\"DESTROYED_IN_SITU\"}", lat + 0.001, lon + 0.001));
    }

    @Test
    void runsOnTheExpectedDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
        }
    }

    @Test
    void layersFilterByTodaysAndFormerProvinceStatusOrganisationAndYear() throws Exception {
        mvc.perform(get("/api/v1/land-release/layers/hazard-areas").param("organisation", organisation).with(viewerVn()))
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].properties.province").value("Quảng Trị"))
                .andExpect(jsonPath("$.features[0].properties.provinceOld").value("Quảng Bình"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));
        mvc.perform(get("/api/v1/land-release/layers/hazard-areas").param("organisation", organisation)
                        .param("provinces", "63").param("province", "Quảng Bình").with(viewerVn()))
                .andExpect(jsonPath("$.features.length()").value(1));
        mvc.perform(get("/api/v1/land-release/layers/hazard-areas").param("organisation", organisation)
                        .param("provinces", "63").param("province", "Quảng Trị").with(viewerVn()))
                .andExpect(jsonPath("$.features.length()").value(0));
        mvc.perform(get("/api/v1/land-release/layers/hazard-areas").param("organisation", organisation)
                        .param("status", "CLOSED").with(viewerVn()))
                .andExpect(jsonPath("$.features.length()").value(0));
        mvc.perform(get("/api/v1/land-release/layers/ordnance").param("organisation", organisation).param("year", "2024")
                        .with(viewerVn()))
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].properties.quantity").value(2));
        mvc.perform(get("/api/v1/land-release/layers/ordnance").param("organisation", organisation).param("year", "2023")
                        .with(viewerVn()))
                .andExpect(jsonPath("$.features.length()").value(0));
        mvc.perform(get("/api/v1/land-release/layers/activities").param("organisation", organisation).with(viewerVn()))
                .andExpect(jsonPath("$.features[0].properties.type").value("CLEARANCE"));
        mvc.perform(get("/api/v1/land-release/layers/roads").with(viewerVn())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("layer: roads is not one of hazard-areas")));
    }

    @Test
    void theOtherSideSeesNoneOfItUnshared() throws Exception {
        mvc.perform(get("/api/v1/land-release/layers/hazard-areas").with(viewerUs()))
                .andExpect(jsonPath("$.features[*].properties.id", not(hasItem((int) area))));
    }

    @Test
    void theGeoPackageOpensWithSqliteAndGivesBackTheOutline(@TempDir Path dir) throws Exception {
        byte[] gpkg = mvc.perform(get("/api/v1/land-release/gis/hazard-areas.gpkg").param("organisation", organisation)
                        .with(viewerVn()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("hazard-areas.gpkg")))
                .andReturn().getResponse().getContentAsByteArray();
        Path file = dir.resolve("areas.gpkg");
        Files.write(file, gpkg);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA application_id")) {
                assertThat(r.getInt(1)).isEqualTo(0x47504B47);
            }
            try (ResultSet r = s.executeQuery("SELECT srs_id, organization FROM gpkg_spatial_ref_sys WHERE srs_id = 4326")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(2)).isEqualTo("EPSG");
            }
            try (ResultSet r = s.executeQuery("SELECT table_name, data_type, srs_id FROM gpkg_contents")) {
                assertThat(r.getString(1)).isEqualTo("hazard_areas");
                assertThat(r.getString(2)).isEqualTo("features");
                assertThat(r.getInt(3)).isEqualTo(4326);
            }
            try (ResultSet r = s.executeQuery("SELECT column_name FROM gpkg_geometry_columns")) {
                assertThat(r.getString(1)).isEqualTo("geom");
            }
            try (ResultSet r = s.executeQuery("SELECT geom, ref, class, remainingAreaM2 FROM hazard_areas")) {
                assertThat(r.next()).isTrue();
                byte[] blob = r.getBytes(1);
                assertThat(new String(blob, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("GP");
                ByteBuffer b = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
                assertThat(b.getInt(4)).isEqualTo(4326);
                assertThat(b.getDouble(8)).isEqualTo(lon, org.assertj.core.api.Assertions.within(1e-9));
                Geometry g = new WKBReader().read(Arrays.copyOfRange(blob, 40, blob.length));
                assertThat(g.getGeometryType()).isEqualTo("Polygon");
                assertThat(g.getCoordinates()[0].x).isEqualTo(lon, org.assertj.core.api.Assertions.within(1e-9));
                assertThat(g.getCoordinates()[0].y).isEqualTo(lat, org.assertj.core.api.Assertions.within(1e-9));
                assertThat(r.getString(2)).startsWith("HA-");
                assertThat(r.getString(3)).isEqualTo("SHA");
                assertThat(r.getDouble(4)).isGreaterThan(150_000);
                assertThat(r.next()).isFalse();
            }
        }
    }

    @Test
    void pointsExportAsCsvAndPolygonsDoNot() throws Exception {
        String csv = mvc.perform(get("/api/v1/land-release/gis/ordnance.csv").param("organisation", organisation)
                        .with(viewerVn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("lon,lat,id,ref,category,model,quantity,condition,disposal,province,foundOn");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith(String.format(Locale.ROOT, "%.3f,%.3f,", lon + 0.001, lat + 0.001))
                .contains(",UXO_BOMB,,2,UNKNOWN,DESTROYED_IN_SITU,Quảng Trị,2024-02-03");
        mvc.perform(get("/api/v1/land-release/gis/hazard-areas.csv").with(viewerVn())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/land-release/gis/accidents.geojson").with(viewerVn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"));
    }

    /** What QGIS users send back: the GeoPackage export imports again as hazardous areas, all or none. */
    @Test
    void aGeoPackageExportImportsBackAsHazardousAreas() throws Exception {
        byte[] gpkg = mvc.perform(get("/api/v1/land-release/gis/hazard-areas.gpkg").param("organisation", organisation)
                        .with(viewerVn()))
                .andReturn().getResponse().getContentAsByteArray();
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/hazard-areas/imports")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "areas.gpkg",
                                "application/geopackage+sqlite3", gpkg))
                        .with(mineActionVn()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(1))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long copy = ((Number) JsonPath.read(body, "$.ids[0]")).longValue();
        mvc.perform(get("/api/v1/hazard-areas/" + copy).with(viewerVn()))
                .andExpect(jsonPath("$.properties.class").value("SHA"))
                .andExpect(jsonPath("$.properties.organisation").value(organisation))
                .andExpect(jsonPath("$.geometry.coordinates[0][0][0]", org.hamcrest.Matchers.closeTo(lon, 1e-9)))
                .andExpect(jsonPath("$.properties.needsOverlapReview").value(true));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/hazard-areas/imports")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "broken.gpkg",
                                "application/geopackage+sqlite3", Arrays.copyOf(gpkg, 2048)))
                        .with(mineActionVn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("broken.gpkg: not a readable GeoPackage")));
    }

    /** The CSV of points the map exports imports back as an activity's finds, every row or none. */
    @Test
    void aCsvOfPointsImportsBackAsFindsAllOrNone() throws Exception {
        byte[] csv = mvc.perform(get("/api/v1/land-release/gis/ordnance.csv").param("organisation", organisation)
                        .with(viewerVn()))
                .andReturn().getResponse().getContentAsByteArray();
        long other = ((Number) JsonPath.read(send("/api/v1/activities", fieldVn(), "{\"hazardAreaId\":" + area
                + ",\"type\":\"CLEARANCE\",\"organisation\":\"" + organisation + "\",\"methods\":[\"MANUAL\"],"
                + "\"startDate\":\"2024-01-15\"}"), "$.id")).longValue();
        String bad = new String(csv, StandardCharsets.UTF_8) + String.format(Locale.ROOT,
                "%.4f,%.4f,,,ROCKET,,1,UNKNOWN,PENDING,,2024-02-04\r\n", lon + 0.002, lat + 0.002);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/activities/" + other + "/finds/imports")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "finds.csv", "text/csv",
                                bad.getBytes(StandardCharsets.UTF_8)))
                        .with(fieldVn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("finds.csv:3: category: ROCKET is not one of")));
        mvc.perform(get("/api/v1/activities/" + other).with(viewerVn())).andExpect(jsonPath("$.finds.length()").value(0));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/activities/" + other + "/finds/imports")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "finds.csv", "text/csv", csv))
                        .with(fieldVn()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.imported").value(1));
        mvc.perform(get("/api/v1/activities/" + other).with(viewerVn()))
                .andExpect(jsonPath("$.finds[0].quantity").value(2))
                .andExpect(jsonPath("$.finds[0].category").value("UXO_BOMB"))
                .andExpect(jsonPath("$.finds[0].disposal").value("DESTROYED_IN_SITU"));
    }
}
