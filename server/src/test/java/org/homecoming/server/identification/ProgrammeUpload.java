package org.homecoming.server.identification;

import static org.homecoming.server.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homecoming.programme.ProgrammeFile;
import org.homecoming.server.security.Role;
import org.homecoming.server.security.Side;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Puts a simulated programme directory into a test server through the API, as a laboratory and a
 * case officer would: its allele frequencies become the active table (so the server weighs pairs
 * with the programme's own table), then its records are imported.
 */
final class ProgrammeUpload {

    private ProgrammeUpload() {
    }

    static void upload(MockMvc mvc, Path dir, String tableName) throws Exception {
        mvc.perform(post("/api/v1/identification/frequencies").param("name", tableName)
                        .contentType(MediaType.TEXT_PLAIN).content(Files.readString(dir.resolve(ProgrammeFile.FREQUENCIES)))
                        .with(as("lab-a", Side.VN, Role.LAB_ANALYST)))
                .andExpect(status().isCreated());
        var upload = multipart("/api/v1/imports");
        for (ProgrammeFile f : List.of(ProgrammeFile.MISSING_PERSONS, ProgrammeFile.FAMILY_MEMBERS, ProgrammeFile.SITES,
                ProgrammeFile.REMAINS, ProgrammeFile.PROFILES, ProgrammeFile.LINEAGE)) {
            upload.file(new MockMultipartFile("files", f.fileName(), "text/csv", Files.readAllBytes(dir.resolve(f.fileName()))));
        }
        mvc.perform(upload.with(as("officer-vn", Side.VN, Role.CASE_OFFICER))).andExpect(status().isCreated());
    }
}
