package org.homecoming.server.landrelease.bombing;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The density map page and the GeoJSON its script reads with the browser's session. */
@HomecomingTest
class BombingMapTests {

    @Autowired
    MockMvc mvc;

    @Test
    void thePageCarriesTheSourceTheCellChoiceAndItsLabelsInTheUsersLanguage() throws Exception {
        mvc.perform(get("/bombing").with(TestUsers.viewerVn()).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bombing-map\"")))
                .andExpect(content().string(containsString("data-source=\"/bombing/density.geojson\"")))
                .andExpect(content().string(containsString("Mật độ ném bom")))
                .andExpect(content().string(containsString("<option value=\"5000\" selected>5 km</option>")))
                .andExpect(content().string(containsString("/js/bombing-map.js")));
    }

    @Test
    void theSessionsGeoJsonIsTheApisGrid() throws Exception {
        long b = ThorFiles.freshBase();
        mvc.perform(multipart("/api/v1/bombing/imports").file(new MockMultipartFile("file", "t.csv", "text/csv",
                        ("THOR_DATA_VIET_ID,MSNDATE,TGTLATDD_DDD_WGS84,TGTLONDDD_DDD_WGS84,NUMWEAPONSDELIVERED\n"
                                + (b + 1) + ",1970-05-01,12.345,108.905,7\n").getBytes(StandardCharsets.UTF_8)))
                        .with(TestUsers.officerVn()))
                .andExpect(status().isCreated());
        mvc.perform(get("/bombing/density.geojson").param("bbox", "108.9,12.3,109.0,12.4").param("cell", "5000")
                        .with(TestUsers.viewerVn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features[0].properties.missions").value(1))
                .andExpect(jsonPath("$.features[0].properties.weapons").value(7));
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/bombing")).andExpect(status().is3xxRedirection());
    }
}
