package org.homecoming.server.landrelease.bombing;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.TestUsers;
import org.homecoming.server.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The contract of {@code /api/v1/bombing}: who may import, the import's JSON counts, the density GeoJSON and its limits. */
@HomecomingTest
class BombingApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "thor.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOfficerImportsAndGetsCountsByReasonThenZeroOnReImport() throws Exception {
        long b = ThorFiles.freshBase();
        long auditLines = audit.count("BOMBING_IMPORT", null);
        mvc.perform(multipart("/api/v1/bombing/imports").file(file(ThorFiles.withBadRows(b))).with(TestUsers.officerVn()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(4))
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.rejected.MISSING_COORDINATES").value(2))
                .andExpect(jsonPath("$.rejected.OUTSIDE_COUNTRY").value(2))
                .andExpect(jsonPath("$.rejected.MISSING_DATE").value(1))
                .andExpect(jsonPath("$.examples[0].line").value(4))
                .andExpect(jsonPath("$.examples[0].field").value("MSNDATE"));
        mvc.perform(multipart("/api/v1/bombing/imports").file(file(ThorFiles.withBadRows(b))).with(TestUsers.officerVn()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.duplicates").value(5));
        org.assertj.core.api.Assertions.assertThat(audit.count("BOMBING_IMPORT", null)).isEqualTo(auditLines + 2);
    }

    @Test
    void aViewerMayNotImport() throws Exception {
        mvc.perform(multipart("/api/v1/bombing/imports").file(file(ThorFiles.withBadRows(ThorFiles.freshBase())))
                        .with(TestUsers.viewerVn()))
                .andExpect(status().isForbidden());
    }

    @Test
    void noOneUnsignedMayImportOrReadTheDensity() throws Exception {
        mvc.perform(multipart("/api/v1/bombing/imports").file(file("THOR_DATA_VIET_ID\n")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/bombing/density").param("bbox", "105,20,105.1,20.1").param("cell", "1000"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsABadRequestNamingTheColumn() throws Exception {
        mvc.perform(multipart("/api/v1/bombing/imports").file(file("MSNDATE,TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84\n"))
                        .with(TestUsers.officerVn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("thor.csv:1: THOR_DATA_VIET_ID: missing column")));
    }

    /** One mission at 103.51 E 21.51 N in a 0.1° box, cells of 1 113.2 m: 0.01° high, 0.01/cos 21.55° = 0.010752° wide. */
    @Test
    void aViewerReadsTheDensityAsGeoJsonPolygons() throws Exception {
        long b = ThorFiles.freshBase();
        mvc.perform(multipart("/api/v1/bombing/imports").file(file(
                        "THOR_DATA_VIET_ID,MSNDATE,TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84,WEAPONTYPECLASS,NUMWEAPONSDELIVERED\n"
                                + (b + 1) + ",1970-05-01,21.515,103.515,CBU,3\n")).with(TestUsers.officerVn()))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/bombing/density").param("bbox", "103.5,21.5,103.6,21.6").param("cell", "1113.2")
                        .with(TestUsers.viewerVn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features", hasSize(1)))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"))
                .andExpect(jsonPath("$.features[0].properties.column").value(1))
                .andExpect(jsonPath("$.features[0].properties.row").value(1))
                .andExpect(jsonPath("$.features[0].properties.missions").value(1))
                .andExpect(jsonPath("$.features[0].properties.weapons").value(3))
                .andExpect(jsonPath("$.features[0].properties.weightedWeapons").value(closeTo(0.9, 1e-9)))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0][0][0]").value(closeTo(103.510752, 1e-5)))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0][0][1]").value(closeTo(21.51, 1e-9)))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0][2][1]").value(closeTo(21.52, 1e-9)));
    }

    @Test
    void aroundAPointAnswersTheCountsAndRefusesARadiusOutOfRange() throws Exception {
        long b = ThorFiles.freshBase();
        mvc.perform(multipart("/api/v1/bombing/imports").file(file(
                        "THOR_DATA_VIET_ID,MSNDATE,TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84,WEAPONTYPECLASS,NUMWEAPONSDELIVERED\n"
                                + (b + 1) + ",1970-05-01,13.2004,107.8003,GUN,50\n")).with(TestUsers.officerVn()))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/bombing/around").param("lat", "13.2").param("lon", "107.8").param("radius", "500")
                        .with(TestUsers.viewerVn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.missions").value(1))
                .andExpect(jsonPath("$.weapons").value(50))
                .andExpect(jsonPath("$.weightedWeapons").value(closeTo(0.5, 1e-9)));
        mvc.perform(get("/api/v1/bombing/around").param("lat", "13.2").param("lon", "107.8").param("radius", "10")
                        .with(TestUsers.viewerVn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("radius must be in [50, 50000] metres: 10.0"));
    }

    @Test
    void tooManyCellsIsABadRequestNamingTheLimit() throws Exception {
        mvc.perform(get("/api/v1/bombing/density").param("bbox", "102,8,110,24").param("cell", "250")
                        .with(TestUsers.viewerVn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("exceeds the limit of 20000")));
    }

    @Test
    void aMalformedBoxOrCellIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/bombing/density").param("bbox", "105,20,104,21").param("cell", "1000")
                        .with(TestUsers.viewerVn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("W < E")));
        mvc.perform(get("/api/v1/bombing/density").param("bbox", "105,20,106").param("cell", "1000")
                        .with(TestUsers.viewerVn()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/bombing/density").param("bbox", "105,20,105.1,20.1").param("cell", "10")
                        .with(TestUsers.viewerVn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("cell must be in [100, 100000] metres: 10")));
    }
}
