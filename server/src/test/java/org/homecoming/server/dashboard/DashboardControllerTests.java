package org.homecoming.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.closure.CaseFiles;
import org.homecoming.server.imports.ImportRejectedException;
import org.homecoming.server.imports.ImportService;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard counts only identifications that stand on their records: forged ones never reach it. */
@HomecomingTest
class DashboardControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ImportService imports;

    @SuppressWarnings("unchecked")
    long identified() throws Exception {
        Map<String, Long> totals = (Map<String, Long>) mvc.perform(get("/").with(viewerVn())).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("totals");
        return totals.get("identified");
    }

    @Test
    void forgedIdentificationsLeaveTheCountUnchangedAndACorrectionWithAReasonIsCounted(@TempDir Path dir)
            throws Exception {
        CaseFiles files = new CaseFiles(mvc, json);
        long id = files.person(Side.VN, "Cao Văn Đếm");
        long before = identified();
        mvc.perform(post("/persons/" + id + "/edit").with(officerVn()).with(csrf()).param("side", "VN")
                .param("fullName", "Cao Văn Đếm").param("sex", "M").param("status", "IDENTIFIED")
                .param("source", "register").param("version", "0")).andExpect(status().isOk());
        mvc.perform(put("/api/v1/persons/" + id).with(officerVn()).contentType(MediaType.APPLICATION_JSON).content("""
                {"side":"VN","fullName":"Cao Văn Đếm","sex":"M","status":"REBURIED","source":"register","version":0}"""))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/persons").with(officerVn()).contentType(MediaType.APPLICATION_JSON).content("""
                {"side":"VN","fullName":"Cao Văn Giả","sex":"M","status":"FAMILY_NOTIFIED","source":"register"}"""))
                .andExpect(status().isConflict());
        Files.writeString(dir.resolve("missing_persons.csv"), """
                id,side,full_name,family_name,middle_name,given_name,aliases,sex,birth_date,home_commune,home_district,home_province,service_number,unit,rank,loss_date,loss_place,loss_lat,loss_lon,loss_precision_m,circumstances,status,source
                D-MP-1,VN,Cao Văn Nhập,Cao,Văn,Nhập,,M,1950,,,Tỉnh Sơn La,,,,1970,,,,,,IDENTIFIED,test
                """);
        assertThatThrownBy(() -> imports.commit(dir)).isInstanceOf(ImportRejectedException.class);
        assertThat(identified()).isEqualTo(before);
        files.correct(Side.VN, id, "IDENTIFIED");
        assertThat(identified()).isEqualTo(before + 1);
    }
}
