package org.homecoming.server.landrelease.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.mineActionVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homecoming.server.HomecomingTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The {@code /land-release} dashboards and their CSV and XLSX exports over {@link SummaryFixture} in 1971–1972
 * (years no other test writes), in English and Vietnamese.
 */
@HomecomingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryPageTests {

    static final int Y = 1971;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void fixture() {
        new SummaryFixture(jdbc, "SUM-PAGE-", Y).insert();
    }

    MvcResult get200(String url, String lang) throws Exception {
        return mvc.perform(get(url).param("lang", lang).with(mineActionVn())).andExpect(status().isOk()).andReturn();
    }

    @Test
    void thePageShowsTheTablesWithNumbersByLocaleInBothLanguages() throws Exception {
        String en = get200("/land-release?year=" + Y, "en").getResponse().getContentAsString();
        assertThat(en).contains("Land release dashboards", "Area released by method and year", "Cancelled (m²)",
                "11,000.00", "1.1000", "Cluster munition", "Risk-education beneficiaries by year")
                .doesNotContain("??summary.");
        String vi = get200("/land-release?year=" + Y, "vi").getResponse().getContentAsString();
        assertThat(vi).contains("Bảng tổng hợp giải phóng đất đai", "Hủy bỏ (m²)", "11.000,00", "1,1000")
                .doesNotContain("??summary.");
        assertThat(en).doesNotContain("<script>", "style=");
    }

    @Test
    void eachNumberOfATableLinksToTheRowsBehindIt() throws Exception {
        String en = get200("/land-release?year=" + Y, "en").getResponse().getContentAsString();
        String link = "/api/v1/land-release/summary/sources?figure=cleared&amp;province=&amp;year=" + Y;
        assertThat(en).contains("href=\"" + link + "\"");
        String sources = get200(link.replace("&amp;", "&"), "en").getResponse().getContentAsString();
        assertThat(sources).contains("\"total\":800.00", "\"ref\":\"SUM-PAGE-A5\"");
    }

    @Test
    void theCsvHasAHeaderRowAndPlainNumbersInTheReadersLanguage() throws Exception {
        String en = get200("/land-release/export.csv?table=released&year=" + Y, "en").getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).isEqualTo("Year,Cancelled (m²),Cancelled (ha),Reduced (m²),Reduced (ha),Cleared (m²),"
                + "Cleared (ha)\r\n1971,11000.00,1.100000,4600.00,0.460000,800.00,0.080000\r\n");
        String vi = get200("/land-release/export.csv?table=casualties&province=quang tri&year=" + Y, "vi")
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(vi).isEqualTo("Năm,Tử vong,Bị thương\r\n1971,1,2\r\n");
        String ordnance = get200("/land-release/export.csv?table=ordnance&year=" + Y, "en").getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ordnance).isEqualTo("Category,Items destroyed\r\nAnti-personnel mine,1\r\nCluster munition,15\r\n"
                + "Unexploded bomb,6\r\n");
    }

    @Test
    void theXlsxHasOneSheetWithAHeaderRowAndNumericCells() throws Exception {
        MvcResult r = get200("/land-release/export.xlsx?table=released&year=" + (Y + 1), "en");
        assertThat(r.getResponse().getHeader("Content-Disposition")).contains("land-release-released.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Cleared (m²)");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(String.valueOf(Y + 1));
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(0.0);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2500.5);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(0.25005);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void anUnknownTableIsABadRequest() throws Exception {
        mvc.perform(get("/land-release/export.csv?table=secrets").with(mineActionVn()))
                .andExpect(status().isBadRequest());
    }
}
