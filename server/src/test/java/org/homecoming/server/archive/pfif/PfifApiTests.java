package org.homecoming.server.archive.pfif;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.homecoming.server.TestUsers.as;
import static org.homecoming.server.TestUsers.liaisonVn;
import static org.homecoming.server.TestUsers.officerVn;
import static org.homecoming.server.TestUsers.viewerVn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.homecoming.server.HomecomingTest;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@HomecomingTest
class PfifApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void theRegistryExportedOverTheApiFollowsEveryPfif14Rule() throws Exception {
        mvc.perform(post("/api/v1/persons").with(officerVn()).contentType(MediaType.APPLICATION_JSON).content("""
                {"side":"VN","fullName":"Đinh Công Tráng","sex":"M","birthDate":"1949-07","homeCommune":"Xã Yên Lạc",
                 "homeProvince":"Tỉnh Ninh Bình","unit":"E52","lossDate":"1970-04","status":"MISSING",
                 "source":"Sổ liệt sĩ huyện Yên Mô","circumstances":"Hy sinh <khi> vượt sông & rút quân"}
                """)).andExpect(status().is2xxSuccessful());

        byte[] xml = mvc.perform(get("/api/v1/archive/exchange/pfif").with(officerVn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(PfifRules.violations(xml)).isEmpty();
        assertThat(new String(xml, UTF_8)).contains("<pfif:full_name>Đinh Công Tráng</pfif:full_name>",
                "<pfif:date_of_birth>1949-07</pfif:date_of_birth>", "Hy sinh &lt;khi&gt; vượt sông &amp; rút quân",
                "<pfif:home_country>VN</pfif:home_country>", "<pfif:status>information_sought</pfif:status>");
        mvc.perform(get("/api/v1/archive/exchange/pfif").with(viewerVn())).andExpect(status().isForbidden());
    }

    @Test
    void aPfifFileFromAnotherSystemIsPreviewedImportedAndRecognisedWhenItComesAgain() throws Exception {
        Instant t = Instant.parse("2025-01-02T03:04:05Z");
        PfifPerson p = PfifPerson.of("pf.example.org/p-77", "Lò Văn Pấng", t).withNames("Văn Pấng", "Lò")
                .withSex("male").withDateOfBirth("1951").withHome(null, "Mường Lay", "Điện Biên", "VN")
                .withSource("Người tìm kiếm", "Family search notice", null, t);
        var out = new ByteArrayOutputStream();
        new PfifWriter().write(List.of(p), out);
        var admin = as("admin-vn", Side.VN, Role.ADMIN);

        JsonNode preview = json.readTree(mvc.perform(post("/api/v1/archive/exchange/pfif/preview").with(liaisonVn())
                        .contentType(MediaType.APPLICATION_XML).content(out.toByteArray())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(preview.at("/items/0/action").asText()).isEqualTo("NEW");
        assertThat(preview.at("/items/0/ref").asText()).isEqualTo("p-77");
        mvc.perform(get("/api/v1/persons").param("q", "lo van pang").with(admin))
                .andExpect(jsonPath("$.total").value(0));

        mvc.perform(post("/api/v1/archive/exchange/pfif/import").with(liaisonVn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sha256\":\"" + preview.get("sha256").asText() + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decisions['PERSON:p-77']").value("IMPORT"));

        mvc.perform(get("/api/v1/persons").param("q", "lo van pang").with(admin))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].fullName").value("Lò Văn Pấng"));
        mvc.perform(post("/api/v1/archive/exchange/pfif/preview").with(liaisonVn())
                        .contentType(MediaType.APPLICATION_XML).content(out.toByteArray()))
                .andExpect(jsonPath("$.items[0].action").value("UNCHANGED"));
        mvc.perform(post("/api/v1/archive/exchange/pfif/preview").with(liaisonVn())
                        .contentType(MediaType.APPLICATION_XML).content("<pfif xmlns=\"http://zesty.ca/pfif/1.3\"/>"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(
                        "not a PFIF 1.4 document: root element is {http://zesty.ca/pfif/1.3}pfif, expected"
                                + " {http://zesty.ca/pfif/1.4}pfif"));
    }
}
