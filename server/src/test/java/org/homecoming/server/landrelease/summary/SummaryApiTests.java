package org.homecoming.server.landrelease.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.mineActionUs;
import static org.homecoming.server.TestUsers.mineActionVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code GET /api/v1/land-release/summary} and its sources over {@link SummaryFixture} in 1961–1962 (years
 * no other test writes), with the figures worked out by hand there.
 */
@HomecomingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryApiTests {

    static final int Y = 1961;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    SummaryFixture fixture;

    @BeforeAll
    void fixture() {
        fixture = new SummaryFixture(jdbc, "SUM-API-", Y);
        fixture.insert();
    }

    String body(String url, RequestPostProcessor user) throws Exception {
        return body(url, "", user);
    }

    /** The body of {@code url} with {@code province} as a request parameter (unless blank). */
    String body(String url, String province, RequestPostProcessor user) throws Exception {
        var request = get(url).with(user);
        if (!province.isEmpty()) {
            request.param("province", province);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theSummaryHasTheShapeOfTheIssueWithPlainNumbers() throws Exception {
        String body = body("/api/v1/land-release/summary?year=" + Y, mineActionVn());
        assertThat(body).isEqualTo("{\"cancelledM2\":11000.00,\"reducedM2\":4600.00,\"clearedM2\":800.00,"
                + "\"ordnanceDestroyed\":{\"LANDMINE_AP\":1,\"CLUSTER_MUNITION\":15,\"UXO_BOMB\":6},"
                + "\"casualties\":{\"killed\":2,\"injured\":2}}");
    }

    @Test
    void aFormerProvinceAndTheOtherSideGetTheirOwnFigures() throws Exception {
        JsonNode former = json.readTree(body("/api/v1/land-release/summary?year=" + Y, "Quảng Bình",
                mineActionVn()));
        assertThat(former.get("cancelledM2").decimalValue()).isEqualByComparingTo("10000");
        assertThat(former.get("ordnanceDestroyed").toString()).isEqualTo("{\"UXO_BOMB\":2}");
        JsonNode us = json.readTree(body("/api/v1/land-release/summary?year=" + Y, mineActionUs()));
        assertThat(us.get("clearedM2").decimalValue()).isEqualByComparingTo("7000");
        assertThat(us.get("reducedM2").decimalValue()).isEqualByComparingTo("600");
        assertThat(us.get("casualties").toString()).isEqualTo("{\"killed\":1,\"injured\":1}");
    }

    @Test
    void eachFiguresSourcesListTheRowsAndAddUpToIt() throws Exception {
        JsonNode summary = json.readTree(body("/api/v1/land-release/summary?year=" + Y, "Quảng Trị",
                mineActionVn()));
        for (String figure : new String[] {"cancelled", "reduced", "cleared"}) {
            JsonNode sources = json.readTree(body("/api/v1/land-release/summary/sources?figure=" + figure
                    + "&year=" + Y, "Quảng Trị", mineActionVn()));
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode row : sources.get("rows")) {
                sum = sum.add(row.get("amount").decimalValue());
            }
            assertThat(sum).isEqualByComparingTo(summary.get(figure + "M2").decimalValue());
            assertThat(sources.get("total").decimalValue()).isEqualByComparingTo(sum);
        }
        JsonNode cancelled = json.readTree(body("/api/v1/land-release/summary/sources?figure=cancelled&year=" + Y,
                mineActionVn()));
        assertThat(cancelled.get("rows")).extracting(r -> r.get("ref").asText() + "="
                + r.get("amount").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("SUM-API-A1=10000", "SUM-API-A2=1000");
        assertThat(cancelled.get("rows").get(0).get("id").asLong()).isEqualTo(fixture.id("lr_activity", "A1"));
        JsonNode ordnance = json.readTree(body("/api/v1/land-release/summary/sources?figure=ordnance&year=" + Y,
                mineActionVn()));
        assertThat(ordnance.get("total").asLong()).isEqualTo(22);
        JsonNode casualties = json.readTree(body("/api/v1/land-release/summary/sources?figure=casualties&year=" + Y,
                mineActionVn()));
        assertThat(casualties.get("rows")).extracting(r -> r.get("ref").asText())
                .containsExactly("SUM-API-C1/SUM-API-C1-1", "SUM-API-C1/SUM-API-C1-2", "SUM-API-C1/SUM-API-C1-3",
                        "SUM-API-C4/SUM-API-C4-1");
    }

    @Test
    void anUnknownFigureOrProvinceIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/land-release/summary/sources?figure=area").with(mineActionVn()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/land-release/summary?province=Atlantis").with(mineActionVn()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/land-release/summary?year=2147483647").with(mineActionVn()))
                .andExpect(status().isBadRequest());
    }
}
